using Microsoft.Extensions.Logging;

namespace MongoPatterns.Diagnostics;

/// <summary>Source-generated log messages (allocation-free when the level is disabled).</summary>
internal static partial class RepositoryLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Operation} on {Database}.{Collection} took {ElapsedMilliseconds:0.###} ms ({Documents} documents)")]
    public static partial void OperationCompleted(ILogger logger, string operation, string database, string collection, double elapsedMilliseconds, long documents);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Operation} on {Database}.{Collection} failed after {ElapsedMilliseconds:0.###} ms")]
    public static partial void OperationFailed(ILogger logger, Exception exception, string operation, string database, string collection, double elapsedMilliseconds);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "MongoPatterns:Paging:ContinuationTokenKey is not set: keyset continuation tokens are signed with a random per-process key, so they will not survive a restart or work across instances.")]
    public static partial void RandomContinuationTokenKey(ILogger logger);

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Created index {Index} on {Database}.{Collection}")]
    public static partial void IndexCreated(ILogger logger, string index, string database, string collection);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Index {Index} on {Database}.{Collection} exists with different options ({Existing}) than declared ({Declared}); left as is (set MongoPatterns:Indexes:DropConflictingIndexes to recreate it)")]
    public static partial void IndexConflict(ILogger logger, string index, string database, string collection, string existing, string declared);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Dropped index {Index} on {Database}.{Collection}")]
    public static partial void IndexDropped(ILogger logger, string index, string database, string collection);
}
