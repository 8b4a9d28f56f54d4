using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>UpdateOneAsync</c> and <c>UpdateManyAsync</c>.</summary>
public sealed class UpdateOptions
{
    /// <summary>Gets or sets the filters choosing which array items <c>$[identifier]</c> updates.</summary>
    public IEnumerable<BsonDocument>? ArrayFilters { get; set; }

    /// <summary>Gets or sets whether the collection's validator is bypassed.</summary>
    public bool? BypassDocumentValidation { get; set; }

    /// <summary>Gets or sets the collation.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets the index to use: name or key pattern.</summary>
    public BsonValue? Hint { get; set; }

    /// <summary>Gets or sets whether a document is inserted when none matches.</summary>
    public bool IsUpsert { get; set; }

    /// <summary>Gets or sets variables usable with <c>$$name</c>.</summary>
    public BsonDocument? Let { get; set; }

    /// <summary>
    /// Gets or sets the order that decides which document is updated by <c>UpdateOneAsync</c> when several match (the statement's <c>sort</c>;
    /// MongoDB 8.0+, older servers reject it).
    /// </summary>
    public BsonDocument? Sort { get; set; }
}
