using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>One parsed stage of a pipeline.</summary>
internal abstract class PipelineStage
{
    /// <summary>Gets the stage name (e.g. <c>$match</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Runs the stage over its input. Streaming stages are lazy; blocking stages read all input when first enumerated.</summary>
    /// <param name="input">The input documents (never modified).</param>
    /// <param name="runtime">The execution state.</param>
    /// <returns>The output documents.</returns>
    public abstract IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime);
}
