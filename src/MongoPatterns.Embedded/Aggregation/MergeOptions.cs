using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>The options of a <c>$merge</c> stage.</summary>
internal sealed class MergeOptions
{
    /// <summary>Gets the fields that identify a target document (default <c>_id</c>).</summary>
    public IReadOnlyList<string> On { get; init; } = ["_id"];

    /// <summary>Gets what to do when a target document matches: replace, keepExisting, merge, fail, or a pipeline.</summary>
    public string WhenMatched { get; init; } = "merge";

    /// <summary>Gets the pipeline used when <see cref="WhenMatched"/> is a pipeline.</summary>
    public BsonArray? WhenMatchedPipeline { get; init; }

    /// <summary>Gets what to do when no target document matches: insert, discard or fail.</summary>
    public string WhenNotMatched { get; init; } = "insert";
}
