using MongoPatterns.Querying;

namespace MongoPatterns.Caching;

/// <summary>
/// <c>WithCache(...)</c>: caches the result of the query's terminal method (<c>ToListAsync</c>, <c>FirstOrDefaultAsync</c>,
/// <c>SingleOrDefaultAsync</c>, <c>AnyAsync</c>, <c>CountAsync</c>, <c>ToPageAsync</c>, <c>ToKeysetPageAsync</c>).
/// Needs <c>AddQueryCache()</c>; without it (or with <see cref="QueryCacheOptions.Enabled"/> false) the query just runs.
/// <c>AsAsyncEnumerable</c> is never cached.
/// </summary>
public static class FindQueryCacheExtensions
{
    /// <summary>Caches the query's result with the default time to live and a key derived from the query.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="query">The query.</param>
    /// <returns>A copy of the query whose terminal methods use the cache.</returns>
    public static IFindQuery<T> WithCache<T>(this IFindQuery<T> query)
        where T : class => WithCache(query, CachePolicy.Default);

    /// <summary>Caches the query's result for <paramref name="timeToLive"/>, optionally under an explicit key.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="timeToLive">A positive time to live.</param>
    /// <param name="key">An explicit key (see <see cref="CachePolicyBuilder.Key"/>), or null to derive it from the query.</param>
    /// <returns>A copy of the query whose terminal methods use the cache.</returns>
    public static IFindQuery<T> WithCache<T>(this IFindQuery<T> query, TimeSpan timeToLive, string? key = null)
        where T : class => WithCache(query, Policy(timeToLive, key));

    /// <summary>Caches the query's result with a policy built fluently: <c>o =&gt; o.Ttl(...).Tags(...)</c>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="configure">Configures the policy.</param>
    /// <returns>A copy of the query whose terminal methods use the cache.</returns>
    public static IFindQuery<T> WithCache<T>(this IFindQuery<T> query, Action<CachePolicyBuilder> configure)
        where T : class => WithCache(query, Policy(configure));

    /// <summary>Caches the query's result with <paramref name="policy"/>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>A copy of the query whose terminal methods use the cache.</returns>
    public static IFindQuery<T> WithCache<T>(this IFindQuery<T> query, CachePolicy policy)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(policy);
        return query is EntityFindQuery<T> entityQuery
            ? entityQuery.WithCachePolicy(policy)
            : throw NotARepositoryQuery(query);
    }

    /// <summary>Caches the projected query's result with the default time to live and a key derived from the query.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TResult">The projected result type.</typeparam>
    /// <param name="query">The query.</param>
    /// <returns>A copy of the query whose terminal methods use the cache.</returns>
    public static IFindQuery<T, TResult> WithCache<T, TResult>(this IFindQuery<T, TResult> query)
        where T : class => WithCache(query, CachePolicy.Default);

    /// <summary>Caches the projected query's result for <paramref name="timeToLive"/>, optionally under an explicit key.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TResult">The projected result type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="timeToLive">A positive time to live.</param>
    /// <param name="key">An explicit key, or null to derive it from the query.</param>
    /// <returns>A copy of the query whose terminal methods use the cache.</returns>
    public static IFindQuery<T, TResult> WithCache<T, TResult>(this IFindQuery<T, TResult> query, TimeSpan timeToLive, string? key = null)
        where T : class => WithCache(query, Policy(timeToLive, key));

    /// <summary>Caches the projected query's result with a policy built fluently.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TResult">The projected result type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="configure">Configures the policy.</param>
    /// <returns>A copy of the query whose terminal methods use the cache.</returns>
    public static IFindQuery<T, TResult> WithCache<T, TResult>(this IFindQuery<T, TResult> query, Action<CachePolicyBuilder> configure)
        where T : class => WithCache(query, Policy(configure));

    /// <summary>Caches the projected query's result with <paramref name="policy"/>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TResult">The projected result type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>A copy of the query whose terminal methods use the cache.</returns>
    public static IFindQuery<T, TResult> WithCache<T, TResult>(this IFindQuery<T, TResult> query, CachePolicy policy)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(policy);
        return query is FindQuery<T, TResult> findQuery
            ? findQuery.WithCachePolicy(policy)
            : throw NotARepositoryQuery(query);
    }

    internal static CachePolicy Policy(TimeSpan timeToLive, string? key)
    {
        var builder = new CachePolicyBuilder().Ttl(timeToLive);
        if (key is not null)
        {
            builder.Key(key);
        }

        return builder.Build();
    }

    internal static CachePolicy Policy(Action<CachePolicyBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new CachePolicyBuilder();
        configure(builder);
        return builder.Build();
    }

    private static NotSupportedException NotARepositoryQuery(object query) =>
        new($"WithCache works on queries created by a MongoPatterns repository's Find(...), not on a {query.GetType().Name}.");
}
