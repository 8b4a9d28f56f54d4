namespace MongoPatterns.Caching;

/// <summary>
/// The query-result cache behind <c>WithCache(...)</c>: explicit invalidation and statistics. Writes made through
/// repositories invalidate their collection automatically; use this for changes made elsewhere.
/// </summary>
public interface IQueryCache
{
    /// <summary>Invalidates every entry cached with <paramref name="tag"/> (in O(1): the tag's generation is bumped).</summary>
    /// <param name="tag">The tag given to <see cref="CachePolicyBuilder.Tags"/>.</param>
    /// <param name="cancellationToken">Cancels the distributed-cache update.</param>
    /// <returns>A task that completes once no later read returns an entry cached before the call.</returns>
    ValueTask InvalidateTagAsync(string tag, CancellationToken cancellationToken = default);

    /// <summary>Removes the entry cached under an explicit key (given to <see cref="CachePolicyBuilder.Key"/>), locally and in the distributed cache.</summary>
    /// <param name="key">The explicit key, as given to <see cref="CachePolicyBuilder.Key"/>.</param>
    /// <param name="cancellationToken">Cancels the distributed-cache update.</param>
    /// <returns>A task that completes when the entry is gone.</returns>
    ValueTask InvalidateKeyAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Invalidates every entry read from one collection (in O(1): the collection's generation is bumped).</summary>
    /// <param name="databaseName">The database name.</param>
    /// <param name="collectionName">The collection name.</param>
    /// <param name="cancellationToken">Cancels the distributed-cache update.</param>
    /// <returns>A task that completes once no later read returns an entry cached before the call.</returns>
    ValueTask InvalidateCollectionAsync(string databaseName, string collectionName, CancellationToken cancellationToken = default);

    /// <summary>Returns a snapshot of the cache's counters since it was created.</summary>
    /// <returns>The statistics.</returns>
    QueryCacheStatistics GetStatistics();
}
