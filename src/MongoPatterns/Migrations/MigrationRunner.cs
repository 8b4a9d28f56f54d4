using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Repositories;

namespace MongoPatterns.Migrations;

/// <summary>
/// The background sweep and the version histogram. The sweep pages through outdated documents by <c>_id</c>, upgrades
/// each batch in memory and writes it with one unordered bulk write of replacements, each guarded by the document as
/// it was read. Work is only ever stored together with its new version, so an interrupted sweep loses at most the
/// batch in flight and a rerun picks up exactly the documents still outdated.
/// </summary>
internal sealed class MigrationRunner(
    SchemaRegistry schemas,
    MigrationCollections collections,
    IEnumerable<IRepositoryWriteObserver> observers,
    TimeProvider? timeProvider = null,
    ILogger<MigrationRunner>? logger = null) : IMigrationRunner
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public async Task<MigrationProgress> MigrateAsync<T>(MigrationSweepOptions? options = null, IProgress<MigrationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new MigrationSweepOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        var schema = schemas.Get(typeof(T));
        var collection = collections.GetCollection(schema);
        var name = schema.EntityType.Name;
        var started = _time.GetTimestamp();
        if (options.DryRun)
        {
            return await DryRunAsync(schema, collection, progress, started, cancellationToken).ConfigureAwait(false);
        }

        var outdated = schema.OutdatedFilter();
        var total = await collection.CountDocumentsAsync(outdated, cancellationToken: cancellationToken).ConfigureAwait(false);
        MigrationLog.SweepStarting(_logger, name, collection.CollectionNamespace.CollectionName, total);
        var state = new MigrationProgress { EntityType = schema.EntityType, CollectionName = collection.CollectionNamespace.CollectionName, TotalOutdated = total };
        BsonValue? lastId = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var filter = lastId is null
                ? outdated
                : new BsonDocument("$and", new BsonArray { outdated, new BsonDocument("_id", new BsonDocument("$gt", lastId)) });
            var findOptions = new FindOptions<BsonDocument, BsonDocument> { Sort = new BsonDocument("_id", 1), Limit = options.BatchSize, BatchSize = options.BatchSize };
            var batch = await (await collection.FindAsync(filter, findOptions, cancellationToken).ConfigureAwait(false)).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            var writes = new List<WriteModel<BsonDocument>>(batch.Count);
            foreach (var original in batch)
            {
                lastId = original["_id"];
                var upgraded = original.DeepClone();
                var version = VersionScanner.Read(upgraded, schema);
                upgraded.Remove(schema.VersionField);
                schema.Upgrade(upgraded, version);
                upgraded.Set(schema.VersionField, schema.CurrentVersion);
                writes.Add(new ReplaceOneModel<BsonDocument>(WriteBackGuard.For(schema, original), upgraded));
            }

            // Not cancellable: once the batch is migrated in memory, it is written as a whole (the guards keep it safe either way).
            var result = await collection.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = false }, CancellationToken.None).ConfigureAwait(false);
            var skipped = batch.Count - result.MatchedCount;
            MigrationMetrics.Swept(schema, result.MatchedCount, skipped);
            await NotifyObserversAsync(collection, CancellationToken.None).ConfigureAwait(false);
            state = Advance(state, result.MatchedCount, skipped, started);
            progress?.Report(state);
            MigrationLog.SweepProgress(_logger, name, state.Migrated, state.Skipped, total, state.DocumentsPerSecond, state.EstimatedTimeRemaining);
            await ThrottleAsync(options, state, started, cancellationToken).ConfigureAwait(false);
        }

        state = state with { IsComplete = true, Elapsed = _time.GetElapsedTime(started), EstimatedTimeRemaining = TimeSpan.Zero };
        progress?.Report(state);
        MigrationLog.SweepFinished(_logger, name, state.Migrated, state.Skipped, state.Elapsed);
        return state;
    }

    public async Task<SchemaVersionStats> GetVersionStatsAsync<T>(CancellationToken cancellationToken = default)
    {
        var schema = schemas.Get(typeof(T));
        var counts = await CountByVersionAsync(schema, collections.GetCollection(schema), cancellationToken).ConfigureAwait(false);
        return new SchemaVersionStats { EntityType = schema.EntityType, CurrentVersion = schema.CurrentVersion, DocumentsByVersion = counts };
    }

    private static async Task<SortedDictionary<int, long>> CountByVersionAsync(EntitySchema schema, IMongoCollection<BsonDocument> collection, CancellationToken cancellationToken)
    {
        BsonDocument[] pipeline =
        [
            new BsonDocument("$group", new BsonDocument
            {
                { "_id", new BsonDocument("$ifNull", new BsonArray { "$" + schema.VersionField, schema.MissingVersion }) },
                { "count", new BsonDocument("$sum", 1) },
            }),
        ];
        var cursor = await collection.AggregateAsync<BsonDocument>(pipeline, cancellationToken: cancellationToken).ConfigureAwait(false);
        var counts = new SortedDictionary<int, long>();
        foreach (var group in await cursor.ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            var version = VersionScanner.Read(new BsonDocument(schema.VersionField, group["_id"]), schema);
            var count = group["count"].BsonType == BsonType.Int64 ? group["count"].AsInt64 : group["count"].AsInt32;
            counts[version] = counts.GetValueOrDefault(version) + count;
        }

        return counts;
    }

    private async Task<MigrationProgress> DryRunAsync(EntitySchema schema, IMongoCollection<BsonDocument> collection, IProgress<MigrationProgress>? progress, long started, CancellationToken cancellationToken)
    {
        var counts = await CountByVersionAsync(schema, collection, cancellationToken).ConfigureAwait(false);
        var steps = new List<MigrationStepCount>();
        for (var version = schema.OldestVersion + 1; version <= schema.CurrentVersion; version++)
        {
            var touched = counts.Where(pair => pair.Key < version).Sum(static pair => pair.Value);
            steps.Add(new MigrationStepCount(version - 1, version, touched));
            MigrationLog.DryRunStep(_logger, schema.EntityType.Name, version - 1, version, touched);
        }

        var result = new MigrationProgress
        {
            EntityType = schema.EntityType,
            CollectionName = collection.CollectionNamespace.CollectionName,
            TotalOutdated = counts.Where(pair => pair.Key < schema.CurrentVersion).Sum(static pair => pair.Value),
            Elapsed = _time.GetElapsedTime(started),
            IsComplete = true,
            IsDryRun = true,
            Steps = steps,
        };
        progress?.Report(result);
        return result;
    }

    private MigrationProgress Advance(MigrationProgress state, long migrated, long skipped, long started)
    {
        var elapsed = _time.GetElapsedTime(started);
        var processed = state.Migrated + state.Skipped + migrated + skipped;
        var rate = elapsed > TimeSpan.Zero ? processed / elapsed.TotalSeconds : 0;
        var remaining = Math.Max(0, state.TotalOutdated - processed);
        return state with
        {
            Migrated = state.Migrated + migrated,
            Skipped = state.Skipped + skipped,
            Elapsed = elapsed,
            DocumentsPerSecond = rate,
            EstimatedTimeRemaining = rate > 0 ? TimeSpan.FromSeconds(remaining / rate) : null,
        };
    }

    private async Task ThrottleAsync(MigrationSweepOptions options, MigrationProgress state, long started, CancellationToken cancellationToken)
    {
        var delay = options.DelayBetweenBatches;
        if (options.MaxDocumentsPerSecond is > 0 and var limit)
        {
            var earliest = TimeSpan.FromSeconds((state.Migrated + state.Skipped) / limit);
            var ahead = earliest - _time.GetElapsedTime(started);
            if (ahead > delay)
            {
                delay = ahead;
            }
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task NotifyObserversAsync(IMongoCollection<BsonDocument> collection, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.OnWrittenAsync(collection.CollectionNamespace.DatabaseNamespace.DatabaseName, collection.CollectionNamespace.CollectionName, cancellationToken).ConfigureAwait(false);
        }
    }
}
