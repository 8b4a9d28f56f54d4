using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of <c>FindOneAndReplaceAsync</c>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
/// <typeparam name="TProjection">The result type.</typeparam>
public class FindOneAndReplaceOptions<TDocument, TProjection>
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

    /// <summary>Gets or sets the server-side time limit (<c>maxTimeMS</c>).</summary>
    public TimeSpan? MaxTime { get; set; }

    /// <summary>Gets or sets the projection of the returned document.</summary>
    public ProjectionDefinition<TDocument, TProjection>? Projection { get; set; }

    /// <summary>Gets or sets whether the document before or after the replacement is returned.</summary>
    public ReturnDocument ReturnDocument { get; set; }

    /// <summary>Gets or sets which document is chosen when several match.</summary>
    public SortDefinition<TDocument>? Sort { get; set; }
}
