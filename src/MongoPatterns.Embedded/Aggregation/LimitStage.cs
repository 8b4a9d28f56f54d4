using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$limit</c> (streaming; stops reading its input once the limit is reached).</summary>
internal sealed class LimitStage : PipelineStage
{
    private readonly long _count;

    private LimitStage(long count) => _count = count;

    /// <inheritdoc />
    public override string Name => "$limit";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The maximum number of documents.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        var count = StageParsers.ReadCount(name, specification, 15957, "the limit must be specified as a number", 5107201);
        if (count == 0)
        {
            ExpressionErrors.Throw(15958, "the limit must be positive");
        }

        return new LimitStage(count);
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime) =>
        input.Take((int)Math.Min(_count, int.MaxValue));
}
