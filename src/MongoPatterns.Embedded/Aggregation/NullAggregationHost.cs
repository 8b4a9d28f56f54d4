using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>A host without collections, for pipelines that never leave their input (pipeline-style updates).</summary>
internal sealed class NullAggregationHost : IAggregationHost
{
    /// <summary>Gets the shared instance.</summary>
    public static NullAggregationHost Instance { get; } = new();

    /// <inheritdoc />
    public IEnumerable<BsonDocument> Scan(string database, string collection) => [];

    /// <inheritdoc />
    public void ReplaceCollection(string database, string collection, IReadOnlyList<BsonDocument> documents) =>
        throw new MongoServerException(ErrorCodes.IllegalOperation, "this pipeline cannot write to collections");

    /// <inheritdoc />
    public void Merge(string database, string collection, IReadOnlyList<BsonDocument> documents, MergeOptions options) =>
        throw new MongoServerException(ErrorCodes.IllegalOperation, "this pipeline cannot write to collections");
}
