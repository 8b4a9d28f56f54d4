namespace MongoPatterns.Caching;

/// <summary>One cached read: its full key, the collection it reads (whose writes invalidate it) and its policy.</summary>
internal readonly struct CacheLookup
{
    public CacheLookup(string key, string databaseName, string collectionName, CachePolicy policy)
    {
        Key = key;
        DatabaseName = databaseName;
        CollectionName = collectionName;
        Policy = policy;
    }

    /// <summary>Gets the full cache key (prefixed, bounded), as built by <see cref="CacheKeyBuilder"/>.</summary>
    public string Key { get; }

    public string DatabaseName { get; }

    public string CollectionName { get; }

    public CachePolicy Policy { get; }
}
