using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$skip</c> (streaming).</summary>
internal sealed class SkipStage : PipelineStage
{
    private readonly long _count;

    private SkipStage(long count) => _count = count;

    /// <inheritdoc />
    public override string Name => "$skip";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The number to skip.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope) =>
        new SkipStage(StageParsers.ReadCount(name, specification, 15972, "Argument to $skip must be a number", 5107200));

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime) =>
        _count == 0 ? input : input.Skip((int)Math.Min(_count, int.MaxValue));
}
