using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>How pipeline stages reach other collections; implemented by the storage layer.</summary>
internal interface IAggregationHost
{
    /// <summary>Reads every document of a collection in natural order (empty when it does not exist).</summary>
    /// <param name="database">The database name.</param>
    /// <param name="collection">The collection name.</param>
    /// <returns>The documents (never modify them).</returns>
    IEnumerable<BsonDocument> Scan(string database, string collection);

    /// <summary>Atomically replaces the contents of a collection (<c>$out</c>), keeping its indexes.</summary>
    /// <param name="database">The database name.</param>
    /// <param name="collection">The collection name.</param>
    /// <param name="documents">The new contents.</param>
    void ReplaceCollection(string database, string collection, IReadOnlyList<BsonDocument> documents);

    /// <summary>Merges documents into a collection (<c>$merge</c>).</summary>
    /// <param name="database">The database name.</param>
    /// <param name="collection">The collection name.</param>
    /// <param name="documents">The documents to merge.</param>
    /// <param name="options">How to merge.</param>
    void Merge(string database, string collection, IReadOnlyList<BsonDocument> documents, MergeOptions options);
}
