namespace MongoPatterns.Caching;

/// <summary>Builds a <see cref="CachePolicy"/> fluently: <c>o =&gt; o.Ttl(TimeSpan.FromMinutes(5)).Tags("users")</c>.</summary>
public sealed class CachePolicyBuilder
{
    private TimeSpan? _timeToLive;
    private TimeSpan? _slidingExpiration;
    private string? _key;
    private readonly List<string> _tags = [];

    /// <summary>Sets the absolute time to live of the entry.</summary>
    /// <param name="timeToLive">A positive duration.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeToLive"/> is zero or negative.</exception>
    public CachePolicyBuilder Ttl(TimeSpan timeToLive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        _timeToLive = timeToLive;
        return this;
    }

    /// <summary>Sets a sliding expiration: the entry expires when it has not been read for this long (and never after its time to live).</summary>
    /// <param name="idleTimeout">A positive duration.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="idleTimeout"/> is zero or negative.</exception>
    public CachePolicyBuilder SlidingExpiration(TimeSpan idleTimeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idleTimeout, TimeSpan.Zero);
        _slidingExpiration = idleTimeout;
        return this;
    }

    /// <summary>
    /// Uses an explicit cache key instead of one derived from the query. The key is used as given (with the configured
    /// <see cref="QueryCacheOptions.KeyPrefix"/>; hashed when longer than <see cref="QueryCacheOptions.MaxKeyLength"/>),
    /// so two queries given the same key share one entry; <see cref="IQueryCache.InvalidateKeyAsync"/> removes it.
    /// </summary>
    /// <param name="key">A non-empty key.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    public CachePolicyBuilder Key(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _key = key;
        return this;
    }

    /// <summary>Adds tags; invalidating any of them with <see cref="IQueryCache.InvalidateTagAsync"/> invalidates the entry.</summary>
    /// <param name="tags">Non-empty tags.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A tag is null or empty.</exception>
    public CachePolicyBuilder Tags(params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags)
        {
            ArgumentException.ThrowIfNullOrEmpty(tag, nameof(tags));
        }

        foreach (var tag in tags)
        {
            if (!_tags.Contains(tag, StringComparer.Ordinal))
            {
                _tags.Add(tag);
            }
        }

        return this;
    }

    /// <summary>Creates the policy.</summary>
    /// <returns>The immutable policy.</returns>
    public CachePolicy Build() => new(_timeToLive, _slidingExpiration, _key, [.. _tags]);
}
