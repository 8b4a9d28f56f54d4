namespace MongoPatterns.Caching;

/// <summary>Settings of the query-result cache (<c>AddQueryCache(o =&gt; ...)</c>). Validated at startup.</summary>
public sealed class QueryCacheOptions
{
    /// <summary>The smallest allowed <see cref="MaxKeyLength"/>: room for the prefix and a SHA-256 hash.</summary>
    public const int MinimumMaxKeyLength = 64;

    private readonly HashSet<Type> _sharedInstanceTypes = [];

    /// <summary>
    /// Gets or sets whether caching is on (default <see langword="true"/>). The kill switch: when
    /// <see langword="false"/> every <c>WithCache</c> query goes straight to the database. Read on every query, so a
    /// reloaded configuration takes effect at once.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the time to live of entries whose policy sets none (default 5 minutes).</summary>
    public TimeSpan DefaultTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets or sets the in-process cache's size limit in bytes (default 64 MiB). Entries are sized by their encoded
    /// BSON; when the limit is reached the least recently used entries are compacted away.
    /// </summary>
    public long SizeLimitBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Gets or sets whether a registered <c>IDistributedCache</c> is used as the second level (default
    /// <see langword="true"/>; without a registered one there is no second level).
    /// </summary>
    public bool UseDistributedCache { get; set; } = true;

    /// <summary>
    /// Gets or sets whether, with a distributed cache, every lookup checks the collection's (and tags') generation
    /// stamp stored there (default <see langword="true"/>). That costs one distributed read per lookup and guarantees
    /// that a read starting after a write completed on any instance never returns pre-write data. When
    /// <see langword="false"/>, in-process entries are trusted until they expire: writes on other instances are seen
    /// at the latest after the entry's time to live.
    /// </summary>
    public bool StrictDistributedInvalidation { get; set; } = true;

    /// <summary>
    /// Gets or sets the longest key used as is (default 256 characters, at least <see cref="MinimumMaxKeyLength"/>);
    /// longer keys are replaced by their SHA-256 hash.
    /// </summary>
    public int MaxKeyLength { get; set; } = 256;

    /// <summary>Gets or sets the prefix of every key, in process and in the distributed cache (default <c>"mp:"</c>).</summary>
    public string KeyPrefix { get; set; } = "mp:";

    /// <summary>
    /// Declares that cached results of <typeparamref name="T"/> (alone, or as the items of a list or page) are never
    /// mutated by callers, so hits return the cached instance itself instead of a fresh copy decoded from BSON
    /// (faster, no allocation; mutating such an instance changes what later hits return).
    /// </summary>
    /// <typeparam name="T">The immutable result or item type.</typeparam>
    /// <returns>These options.</returns>
    public QueryCacheOptions ShareInstancesOf<T>()
    {
        _sharedInstanceTypes.Add(typeof(T));
        return this;
    }

    internal IReadOnlySet<Type> SharedInstanceTypes => _sharedInstanceTypes;

    /// <summary>Copies every setting of <paramref name="source"/> into these options.</summary>
    internal void CopyFrom(QueryCacheOptions source)
    {
        Enabled = source.Enabled;
        DefaultTtl = source.DefaultTtl;
        SizeLimitBytes = source.SizeLimitBytes;
        UseDistributedCache = source.UseDistributedCache;
        StrictDistributedInvalidation = source.StrictDistributedInvalidation;
        MaxKeyLength = source.MaxKeyLength;
        KeyPrefix = source.KeyPrefix;
        _sharedInstanceTypes.UnionWith(source._sharedInstanceTypes);
    }

    internal string? Validate()
    {
        if (DefaultTtl <= TimeSpan.Zero)
        {
            return $"{nameof(QueryCacheOptions)}.{nameof(DefaultTtl)} must be positive (was {DefaultTtl}).";
        }

        if (SizeLimitBytes <= 0)
        {
            return $"{nameof(QueryCacheOptions)}.{nameof(SizeLimitBytes)} must be positive (was {SizeLimitBytes}).";
        }

        if (MaxKeyLength < MinimumMaxKeyLength)
        {
            return $"{nameof(QueryCacheOptions)}.{nameof(MaxKeyLength)} must be at least {MinimumMaxKeyLength} (was {MaxKeyLength}).";
        }

        if (KeyPrefix is null || KeyPrefix.Length > MaxKeyLength - 50)
        {
            return $"{nameof(QueryCacheOptions)}.{nameof(KeyPrefix)} must be set and leave room for a hash within {nameof(MaxKeyLength)}.";
        }

        return null;
    }
}
