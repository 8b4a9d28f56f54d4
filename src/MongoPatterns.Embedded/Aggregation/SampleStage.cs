using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$sample</c>: <c>size</c> documents chosen at random without replacement, in random order (blocking).</summary>
internal sealed class SampleStage : PipelineStage
{
    private readonly long _size;

    private SampleStage(long size) => _size = size;

    /// <inheritdoc />
    public override string Name => "$sample";

    /// <summary>Parses <c>{size: n}</c>.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(28745, "the $sample stage specification must be an object");
        }

        long? size = null;
        foreach (var element in document)
        {
            if (element.Name != "size")
            {
                ExpressionErrors.Throw(28748, $"unrecognized option to $sample: {element.Name}");
            }

            if (!element.Value.IsNumeric)
            {
                ExpressionErrors.Throw(28746, "size argument to $sample must be a number");
            }

            var value = Numeric.TryGetInt64(element.Value, out var integral) ? integral : (long)element.Value.ToDouble();
            if (value < 0)
            {
                ExpressionErrors.Throw(28747, "size argument to $sample must not be negative");
            }

            size = value;
        }

        return size is null
            ? ExpressionErrors.Throw<PipelineStage>(28749, "$sample stage must specify a size")
            : new SampleStage(size.Value);
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var documents = input.ToList();
        var random = runtime.Context.Random;
        var count = (int)Math.Min(_size, documents.Count);
        for (var i = 0; i < count; i++)
        {
            var j = i + random.Next(documents.Count - i);
            (documents[i], documents[j]) = (documents[j], documents[i]);
            yield return documents[i];
        }
    }
}
