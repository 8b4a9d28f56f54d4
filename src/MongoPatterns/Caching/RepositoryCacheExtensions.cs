using MongoPatterns.Repositories;

namespace MongoPatterns.Caching;

/// <summary>
/// <c>GetByIdAsync(id, policy)</c>: reads an entity by id through the query cache. The key is derived from the
/// collection, the entity type and the id (or is the policy's explicit key); every write to the collection through a
/// repository invalidates it, as for <c>WithCache()</c> queries. Needs <c>AddQueryCache()</c>; without it (or with
/// <see cref="QueryCacheOptions.Enabled"/> false, or inside a transaction) the read just runs.
/// </summary>
public static class RepositoryCacheExtensions
{
    /// <summary>Gets the entity with the given id, or null, caching the result under <paramref name="cachePolicy"/>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="repository">The repository (one registered by <c>AddRepository</c>).</param>
    /// <param name="id">The id.</param>
    /// <param name="cachePolicy">How to cache: <see cref="CachePolicy.Default"/> or one built by <see cref="CachePolicyBuilder"/>.</param>
    /// <param name="cancellationToken">Cancels the operation (only this caller's wait, when other callers share the load).</param>
    /// <returns>The entity or null.</returns>
    /// <exception cref="NotSupportedException">The repository is not one created by MongoPatterns.</exception>
    public static Task<T?> GetByIdAsync<T, TId>(this IRepository<T> repository, TId id, CachePolicy cachePolicy, CancellationToken cancellationToken = default)
        where T : class
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(cachePolicy);
        return repository is Repository<T> own
            ? own.GetByIdAsync(id, cachePolicy, cancellationToken)
            : throw new NotSupportedException($"Cached GetByIdAsync works on repositories registered by AddRepository, not on a {repository.GetType().Name}.");
    }

    /// <summary>Gets the entity with the given id, or null, caching the result for <paramref name="timeToLive"/>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="repository">The repository (one registered by <c>AddRepository</c>).</param>
    /// <param name="id">The id.</param>
    /// <param name="timeToLive">How long the result stays cached (writes to the collection invalidate it sooner).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entity or null.</returns>
    public static Task<T?> GetByIdAsync<T, TId>(this IRepository<T> repository, TId id, TimeSpan timeToLive, CancellationToken cancellationToken = default)
        where T : class
        where TId : notnull => GetByIdAsync(repository, id, FindQueryCacheExtensions.Policy(timeToLive, key: null), cancellationToken);
}
