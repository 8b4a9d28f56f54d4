namespace MongoPatterns.Benchmarks.Caching;

/// <summary>How the query cache hands out a hit.</summary>
public enum CacheResultMode
{
    /// <summary>A fresh copy decoded from the cached BSON (the default).</summary>
    Copy,

    /// <summary>The cached instance itself (<c>QueryCacheOptions.ShareInstancesOf&lt;T&gt;()</c>).</summary>
    SharedInstances,
}
