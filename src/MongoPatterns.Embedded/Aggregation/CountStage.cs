using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$count</c>: one document <c>{name: n}</c>, or none for empty input (blocking).</summary>
internal sealed class CountStage : PipelineStage
{
    private readonly string _field;

    private CountStage(string field) => _field = field;

    /// <inheritdoc />
    public override string Name => "$count";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The output field name.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonString text)
        {
            return ExpressionErrors.Throw<PipelineStage>(40156, "the count field must be a non-empty string");
        }

        var field = text.Value;
        if (field.Length == 0)
        {
            ExpressionErrors.Throw(40157, "the count field must be a non-empty string");
        }

        if (field[0] == '$')
        {
            ExpressionErrors.Throw(40158, "the count field cannot be a $-prefixed path");
        }

        if (field.Contains('\0', StringComparison.Ordinal))
        {
            ExpressionErrors.Throw(40159, "the count field cannot contain a null byte");
        }

        if (field.Contains('.', StringComparison.Ordinal))
        {
            ExpressionErrors.Throw(40160, "the count field cannot contain '.'");
        }

        return new CountStage(field);
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        long count = 0;
        foreach (var document in input)
        {
            _ = document;
            count++;
        }

        if (count > 0)
        {
            yield return new BsonDocument(_field, Numeric.IntOrLong(count));
        }
    }
}
