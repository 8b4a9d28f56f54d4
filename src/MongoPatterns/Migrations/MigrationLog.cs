using Microsoft.Extensions.Logging;
using MongoPatterns.Bson;

namespace MongoPatterns.Migrations;

/// <summary>The log messages of the migration engine (source-generated, allocation-free when disabled).</summary>
internal static partial class MigrationLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Debug, Message = "Upgraded {Entity} document {Id} from schema version {FromVersion} to {ToVersion} on read")]
    public static partial void UpgradedOnRead(ILogger logger, string entity, BsonValue? id, int fromVersion, int toVersion);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Debug, Message = "Downgraded {Entity} document {Id} from schema version {FromVersion} to {ToVersion} on read")]
    public static partial void DowngradedOnRead(ILogger logger, string entity, BsonValue? id, int fromVersion, int toVersion);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Debug, Message = "Wrote back the upgraded {Entity} document {Id}")]
    public static partial void WroteBack(ILogger logger, string entity, BsonValue id);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Debug, Message = "Skipped the write-back of {Entity} document {Id}: it changed since it was read")]
    public static partial void WriteBackSkipped(ILogger logger, string entity, BsonValue id);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "The write-back of {Entity} document {Id} failed; the document keeps its old version")]
    public static partial void WriteBackFailed(ILogger logger, Exception exception, string entity, BsonValue id);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "Sweep of {Entity} ({Collection}) starting: {Total} outdated documents")]
    public static partial void SweepStarting(ILogger logger, string entity, string collection, long total);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Information, Message = "Sweep of {Entity}: {Migrated} migrated, {Skipped} skipped of {Total}, {Rate:F1} documents/s, about {Remaining} left")]
    public static partial void SweepProgress(ILogger logger, string entity, long migrated, long skipped, long total, double rate, TimeSpan? remaining);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Information, Message = "Sweep of {Entity} finished: {Migrated} migrated, {Skipped} skipped in {Elapsed}")]
    public static partial void SweepFinished(ILogger logger, string entity, long migrated, long skipped, TimeSpan elapsed);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Information, Message = "Dry run of the {Entity} sweep: step {FromVersion} -> {ToVersion} would touch {Documents} documents")]
    public static partial void DryRunStep(ILogger logger, string entity, int fromVersion, int toVersion, long documents);

    [LoggerMessage(EventId = 7014, Level = LogLevel.Error, Message = "Sweep of {Entity} failed")]
    public static partial void SweepFailed(ILogger logger, Exception exception, string entity);

    [LoggerMessage(EventId = 7020, Level = LogLevel.Information, Message = "Applying database migration {Id}")]
    public static partial void DatabaseMigrationApplying(ILogger logger, string id);

    [LoggerMessage(EventId = 7021, Level = LogLevel.Information, Message = "Applied database migration {Id} in {Elapsed}")]
    public static partial void DatabaseMigrationApplied(ILogger logger, string id, TimeSpan elapsed);

    [LoggerMessage(EventId = 7022, Level = LogLevel.Error, Message = "Database migration {Id} failed; it will be retried at the next start")]
    public static partial void DatabaseMigrationFailed(ILogger logger, Exception exception, string id);

    [LoggerMessage(EventId = 7023, Level = LogLevel.Information, Message = "Waiting for the migration lease held by {Owner}")]
    public static partial void WaitingForLease(ILogger logger, string owner);

    [LoggerMessage(EventId = 7024, Level = LogLevel.Information, Message = "Took the migration lease as {Owner}")]
    public static partial void LeaseAcquired(ILogger logger, string owner);

    [LoggerMessage(EventId = 7025, Level = LogLevel.Error, Message = "Lost the migration lease as {Owner}; stopping the running migration")]
    public static partial void LeaseLost(ILogger logger, string owner);
}
