using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>InsertOneAsync</c>.</summary>
public sealed class InsertOneOptions
{
    /// <summary>Gets or sets whether the collection's validator is bypassed.</summary>
    public bool? BypassDocumentValidation { get; set; }

    /// <summary>Gets or sets a comment.</summary>
    public BsonValue? Comment { get; set; }
}
