using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>A stage defined as a sequence of other stages (e.g. <c>$sortByCount</c> is <c>$group</c> then <c>$sort</c>).</summary>
internal sealed class CompositeStage : PipelineStage
{
    private readonly PipelineStage[] _stages;

    /// <summary>Creates the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="stages">The stages it runs.</param>
    public CompositeStage(string name, params PipelineStage[] stages)
    {
        Name = name;
        _stages = stages;
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime) =>
        AggregationPipeline.RunStages(_stages, input, runtime);
}
