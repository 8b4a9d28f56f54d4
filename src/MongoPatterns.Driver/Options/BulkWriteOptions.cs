using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>BulkWriteAsync</c>.</summary>
public sealed class BulkWriteOptions
{
    /// <summary>Gets or sets whether the collection's validator is bypassed.</summary>
    public bool? BypassDocumentValidation { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }

    /// <summary>Gets or sets whether the requests stop at the first error (default <see langword="true"/>) or continue with the rest.</summary>
    public bool IsOrdered { get; set; } = true;

    /// <summary>Gets or sets variables usable with <c>$$name</c>.</summary>
    public BsonDocument? Let { get; set; }
}
