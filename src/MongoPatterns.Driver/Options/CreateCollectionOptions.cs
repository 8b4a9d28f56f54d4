using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>CreateCollectionAsync</c>.</summary>
public sealed class CreateCollectionOptions
{
    /// <summary>Gets or sets whether the collection is capped (fixed size, insertion order).</summary>
    public bool? Capped { get; set; }

    /// <summary>Gets or sets the default collation of the collection.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets the most documents a capped collection keeps.</summary>
    public long? MaxDocuments { get; set; }

    /// <summary>Gets or sets the size in bytes of a capped collection (required when capped).</summary>
    public long? MaxSize { get; set; }

    /// <summary>Gets or sets what happens to invalid documents.</summary>
    public DocumentValidationAction? ValidationAction { get; set; }

    /// <summary>Gets or sets which writes are validated.</summary>
    public DocumentValidationLevel? ValidationLevel { get; set; }

    /// <summary>Gets or sets the validator: a query filter or <c>{ $jsonSchema: ... }</c>.</summary>
    public BsonDocument? Validator { get; set; }
}
