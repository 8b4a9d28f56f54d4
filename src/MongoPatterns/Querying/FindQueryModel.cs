using MongoPatterns.Bson;

namespace MongoPatterns.Querying;

/// <summary>
/// The canonical, immutable description of a find query, for integration (query caching hashes it): the collection,
/// the rendered filter including the soft-delete clause, sort, projection, skip, limit and result type. Every terminal
/// method of a query runs through <see cref="IQueryExecutionInterceptor"/> with this model.
/// </summary>
/// <param name="DatabaseName">The server-side database name.</param>
/// <param name="CollectionName">The collection name.</param>
/// <param name="EntityType">The entity type.</param>
/// <param name="ResultType">The result type (the entity type unless projected).</param>
/// <param name="Filter">The rendered filter, including the soft-delete clause.</param>
/// <param name="Sort">The rendered sort, or null.</param>
/// <param name="Projection">The rendered projection, or null.</param>
/// <param name="Skip">The skip, or null.</param>
/// <param name="Limit">The limit, or null.</param>
/// <param name="IncludeDeleted">Whether soft-deleted entities are included.</param>
internal sealed record FindQueryModel(
    string DatabaseName,
    string CollectionName,
    Type EntityType,
    Type ResultType,
    BsonDocument Filter,
    BsonDocument? Sort,
    BsonDocument? Projection,
    int? Skip,
    int? Limit,
    bool IncludeDeleted)
{
    /// <summary>Gets the cache policy attached by <c>WithCache(...)</c> (opaque here), or null.</summary>
    public object? CachePolicy { get; init; }

    /// <summary>
    /// Gets or sets what the interceptor computed once for this model (the cache keeps the query's hash here), so that a
    /// query object run many times is prepared once.
    /// </summary>
    public object? InterceptorState { get; set; }

    /// <summary>Returns a copy with <paramref name="policy"/> attached.</summary>
    public FindQueryModel WithCachePolicy(object? policy) => this with { CachePolicy = policy };
}
