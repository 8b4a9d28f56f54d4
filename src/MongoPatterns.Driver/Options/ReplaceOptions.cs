using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>ReplaceOneAsync</c>.</summary>
public sealed class ReplaceOptions
{
    /// <summary>Gets or sets whether the collection's validator is bypassed.</summary>
    public bool? BypassDocumentValidation { get; set; }

    /// <summary>Gets or sets the collation.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets the index to use: name or key pattern.</summary>
    public BsonValue? Hint { get; set; }

    /// <summary>Gets or sets whether the replacement is inserted when nothing matches.</summary>
    public bool IsUpsert { get; set; }

    /// <summary>Gets or sets variables usable with <c>$$name</c>.</summary>
    public BsonDocument? Let { get; set; }

    /// <summary>
    /// Gets or sets the order that decides which document is replaced when several match (the statement's <c>sort</c>;
    /// MongoDB 8.0+, older servers reject it).
    /// </summary>
    public BsonDocument? Sort { get; set; }
}
