namespace MongoPatterns.Caching;

/// <summary>
/// How one query's results are cached: time to live, sliding expiration, an explicit key and invalidation tags.
/// Immutable; build one with <see cref="CachePolicyBuilder"/> (for example through <c>WithCache(o =&gt; o.Ttl(...))</c>).
/// </summary>
public sealed class CachePolicy
{
    /// <summary>The policy that uses every default: the configured <see cref="QueryCacheOptions.DefaultTtl"/>, a key derived from the query, no tags.</summary>
    public static CachePolicy Default { get; } = new(null, null, null, []);

    internal CachePolicy(TimeSpan? timeToLive, TimeSpan? slidingExpiration, string? key, string[] tags)
    {
        TimeToLive = timeToLive;
        SlidingExpiration = slidingExpiration;
        Key = key;
        Tags = tags;
    }

    /// <summary>Gets the absolute time to live, or <see langword="null"/> for <see cref="QueryCacheOptions.DefaultTtl"/>.</summary>
    public TimeSpan? TimeToLive { get; }

    /// <summary>
    /// Gets the sliding expiration: an entry not read for this long expires (never later than its time to live), or
    /// <see langword="null"/> for none.
    /// </summary>
    public TimeSpan? SlidingExpiration { get; }

    /// <summary>Gets the explicit cache key, used as given (prefixed, hashed when too long), or <see langword="null"/> to derive the key from the query.</summary>
    public string? Key { get; }

    /// <summary>Gets the tags; <see cref="IQueryCache.InvalidateTagAsync"/> with any of them invalidates the entry.</summary>
    public IReadOnlyList<string> Tags { get; }

    internal string[] TagArray => (string[])Tags;
}
