using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MongoPatterns.Caching;

namespace MongoPatterns.Tests.Caching;

/// <summary>Builds engines and lookups for the cache tests.</summary>
internal static class CacheTestKit
{
    public const string Database = "app";
    public const string Collection = "users";

    public static QueryCacheEngine CreateEngine(
        Action<QueryCacheOptions>? configure = null,
        TimeProvider? time = null,
        IDistributedCache? distributed = null)
    {
        var options = new QueryCacheOptions();
        configure?.Invoke(options);
        return new QueryCacheEngine(new TestOptionsMonitor<QueryCacheOptions>(options), distributed, registry: null, time);
    }

    public static MemoryDistributedCache CreateDistributedCache() =>
        new(Options.Create(new MemoryDistributedCacheOptions()));

    public static CacheLookup Lookup(QueryCacheEngine engine, string name = "q1", CachePolicy? policy = null, string collection = Collection) =>
        new(engine.Keys.ForQuery(name, "list"), Database, collection, policy ?? CachePolicy.Default);

    public static CacheLookup ExplicitLookup(QueryCacheEngine engine, string key, CachePolicy policy) =>
        new(engine.Keys.ForExplicitKey(key), Database, Collection, policy);
}
