using Microsoft.Extensions.Logging;

namespace MongoPatterns.Caching;

/// <summary>The cache's log messages (source-generated, allocation-free when the level is off).</summary>
internal static partial class QueryCacheLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Debug, Message = "Query cache {Level} hit for {CacheKey}")]
    public static partial void Hit(ILogger logger, string level, string cacheKey);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Debug, Message = "Query cache miss for {CacheKey}; loaded in {Elapsed}")]
    public static partial void Loaded(ILogger logger, string cacheKey, TimeSpan elapsed);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Debug, Message = "Query cache miss for {CacheKey} joined the query already running")]
    public static partial void Coalesced(ILogger logger, string cacheKey);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Debug, Message = "Query cache invalidated collection {DatabaseName}.{CollectionName}")]
    public static partial void CollectionInvalidated(ILogger logger, string databaseName, string collectionName);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Debug, Message = "Query cache invalidated tag {Tag}")]
    public static partial void TagInvalidated(ILogger logger, string tag);

    [LoggerMessage(EventId = 8006, Level = LogLevel.Debug, Message = "Query cache removed key {CacheKey}")]
    public static partial void KeyInvalidated(ILogger logger, string cacheKey);

    [LoggerMessage(EventId = 8007, Level = LogLevel.Warning, Message = "Query cache could not use the distributed cache ({Operation}); continuing without it for this call")]
    public static partial void DistributedCacheFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(EventId = 8008, Level = LogLevel.Warning, Message = "Query cache could not encode a {ResultType} result, so it is not cached")]
    public static partial void EncodeFailed(ILogger logger, Exception exception, string resultType);
}
