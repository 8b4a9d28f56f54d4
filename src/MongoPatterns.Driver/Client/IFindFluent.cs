namespace MongoPatterns.Driver;

/// <summary>
/// A find query built step by step: <c>collection.Find(filter).Sort(...).Skip(10).Limit(20).Project&lt;T&gt;(...)</c>,
/// then run with <c>ToListAsync</c>, <c>FirstOrDefaultAsync</c>, <c>ToCursorAsync</c>, <c>await foreach</c>, ...
/// Nothing is sent to the server until a terminal method runs.
/// </summary>
/// <typeparam name="TDocument">The collection's document type.</typeparam>
/// <typeparam name="TProjection">The result type.</typeparam>
public interface IFindFluent<TDocument, TProjection> : IAsyncCursorSource<TProjection>
{
    /// <summary>Gets or sets the filter.</summary>
    FilterDefinition<TDocument> Filter { get; set; }

    /// <summary>Gets the options (sort, skip, limit, projection, batch size, hint, collation, ...).</summary>
    FindOptions<TDocument, TProjection> Options { get; }

    /// <summary>Sets the sort order.</summary>
    /// <param name="sort">The sort.</param>
    /// <returns>This query.</returns>
    IFindFluent<TDocument, TProjection> Sort(SortDefinition<TDocument> sort);

    /// <summary>Sets how many documents to skip.</summary>
    /// <param name="skip">The number, or <see langword="null"/>.</param>
    /// <returns>This query.</returns>
    IFindFluent<TDocument, TProjection> Skip(int? skip);

    /// <summary>Sets the most documents to return.</summary>
    /// <param name="limit">The number, or <see langword="null"/> for no limit.</param>
    /// <returns>This query.</returns>
    IFindFluent<TDocument, TProjection> Limit(int? limit);

    /// <summary>Sets the batch size.</summary>
    /// <param name="batchSize">The number of documents per batch.</param>
    /// <returns>This query.</returns>
    IFindFluent<TDocument, TProjection> BatchSize(int? batchSize);

    /// <summary>Projects the results to <typeparamref name="TNewProjection"/>.</summary>
    /// <typeparam name="TNewProjection">The new result type.</typeparam>
    /// <param name="projection">The projection.</param>
    /// <returns>A query with the new result type.</returns>
    IFindFluent<TDocument, TNewProjection> Project<TNewProjection>(ProjectionDefinition<TDocument, TNewProjection> projection);

    /// <summary>Projects the results to documents.</summary>
    /// <param name="projection">The projection, e.g. <c>{ name: 1, _id: 0 }</c>.</param>
    /// <returns>A query returning documents.</returns>
    IFindFluent<TDocument, MongoPatterns.Bson.BsonDocument> Project(ProjectionDefinition<TDocument, MongoPatterns.Bson.BsonDocument> projection);

    /// <summary>Counts the documents the query would return (filter, skip and limit applied).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    Task<long> CountDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns whether the query matches any document (fetches at most one <c>_id</c>).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when a document matches.</returns>
    Task<bool> AnyAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the first result (limit 1), or default.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result or default.</returns>
    Task<TProjection?> FirstOrDefaultAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the first result (limit 1).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">Nothing matched.</exception>
    Task<TProjection> FirstAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the only result (limit 2 to detect more), or default.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result or default.</returns>
    /// <exception cref="InvalidOperationException">More than one document matched.</exception>
    Task<TProjection?> SingleOrDefaultAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the only result.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">No document or more than one matched.</exception>
    Task<TProjection> SingleAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns every result.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The results.</returns>
    Task<List<TProjection>> ToListAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the results one by one; the query runs when enumeration starts.</summary>
    /// <returns>The results.</returns>
    IAsyncEnumerable<TProjection> ToAsyncEnumerable();
}
