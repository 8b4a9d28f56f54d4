namespace MongoPatterns.Driver;

/// <summary>Options of <c>FindAsync</c> with a projection to <typeparamref name="TProjection"/>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
/// <typeparam name="TProjection">The result type.</typeparam>
public class FindOptions<TDocument, TProjection> : FindOptionsBase
{
    /// <summary>Gets or sets the maximum number of documents to return; 0 or <see langword="null"/> for no limit, negative for a single batch.</summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the projection (and the result serializer).</summary>
    public ProjectionDefinition<TDocument, TProjection>? Projection { get; set; }

    /// <summary>Gets or sets the number of documents to skip.</summary>
    public int? Skip { get; set; }

    /// <summary>Gets or sets the sort order.</summary>
    public SortDefinition<TDocument>? Sort { get; set; }
}
