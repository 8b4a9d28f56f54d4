using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Caching;

/// <summary>One cached read: its full key, the collection it reads (whose writes invalidate it) and its policy.</summary>
internal readonly struct CacheLookup
{
    public CacheLookup(
        string key,
        string databaseName,
        string collectionName,
        CachePolicy policy,
        BsonSerializerRegistry? registry = null,
        GenerationCell? collectionGeneration = null)
    {
        Key = key;
        DatabaseName = databaseName;
        CollectionName = collectionName;
        Policy = policy;
        Registry = registry;
        CollectionGeneration = collectionGeneration;
    }

    /// <summary>Gets the full cache key (prefixed, bounded), as built by <see cref="CacheKeyBuilder"/>.</summary>
    public string Key { get; }

    public string DatabaseName { get; }

    public string CollectionName { get; }

    public CachePolicy Policy { get; }

    /// <summary>Gets the registry that encodes and decodes the results (the entity's), or null for the cache's default.</summary>
    public BsonSerializerRegistry? Registry { get; }

    /// <summary>Gets the collection's generation cell when the caller resolved it already (saves a dictionary lookup per read).</summary>
    public GenerationCell? CollectionGeneration { get; }
}
