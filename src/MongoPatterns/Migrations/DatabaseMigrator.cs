using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.Migrations;

/// <summary>
/// Applies startup migrations: when something is pending it takes the lease, reads the applied set again (another
/// instance may have applied them meanwhile), applies the rest in id order and records each one as it succeeds.
/// </summary>
internal sealed class DatabaseMigrator : IDatabaseMigrator
{
    private readonly IMongoDatabase _database;
    private readonly IReadOnlyList<IDatabaseMigration> _migrations;
    private readonly DatabaseMigrationOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public DatabaseMigrator(MigrationCollections collections, IEnumerable<IDatabaseMigration> migrations, DatabaseMigrationOptions options, TimeProvider? timeProvider = null, ILogger<DatabaseMigrator>? logger = null)
    {
        _database = collections.GetDatabase(options.DatabaseName);
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _migrations = [.. migrations.OrderBy(static m => m.Id, StringComparer.Ordinal)];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var migration in _migrations)
        {
            if (string.IsNullOrWhiteSpace(migration.Id) || migration.Id == MigrationLease.LeaseId)
            {
                throw new InvalidOperationException($"The database migration {migration.GetType().Name} needs an id that is not empty and not '{MigrationLease.LeaseId}'.");
            }

            if (!ids.Add(migration.Id))
            {
                throw new InvalidOperationException($"Two database migrations have the id '{migration.Id}'; ids must be unique.");
            }
        }
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (_migrations.Count == 0)
        {
            return [];
        }

        var collection = _database.GetCollection<BsonDocument>(_options.CollectionName);
        if ((await GetPendingAsync(collection, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            return [];
        }

        await using var lease = await MigrationLease.AcquireAsync(collection, _options, _time, _logger, cancellationToken).ConfigureAwait(false);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        var applied = new List<string>();
        foreach (var migration in await GetPendingAsync(collection, cancellationToken).ConfigureAwait(false))
        {
            MigrationLog.DatabaseMigrationApplying(_logger, migration.Id);
            var started = _time.GetTimestamp();
            try
            {
                await migration.UpAsync(_database, linked.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                MigrationMetrics.DatabaseMigration("failed");
                MigrationLog.DatabaseMigrationFailed(_logger, exception, migration.Id);
                throw new DatabaseMigrationException(migration.Id, exception);
            }

            var elapsed = _time.GetElapsedTime(started);
            await collection.InsertOneAsync(
                new BsonDocument
                {
                    { "_id", migration.Id },
                    { "kind", "migration" },
                    { "appliedAt", _time.GetUtcNow().UtcDateTime },
                    { "appliedBy", _options.InstanceId },
                    { "durationMs", elapsed.TotalMilliseconds },
                },
                cancellationToken: CancellationToken.None).ConfigureAwait(false);
            MigrationMetrics.DatabaseMigration("applied");
            MigrationLog.DatabaseMigrationApplied(_logger, migration.Id, elapsed);
            applied.Add(migration.Id);
        }

        return applied;
    }

    private async Task<List<IDatabaseMigration>> GetPendingAsync(IMongoCollection<BsonDocument> collection, CancellationToken cancellationToken)
    {
        var cursor = await collection.FindAsync(new BsonDocument("kind", "migration"), cancellationToken: cancellationToken).ConfigureAwait(false);
        var applied = (await cursor.ToListAsync(cancellationToken).ConfigureAwait(false)).Select(static d => d["_id"].ToString()).ToHashSet(StringComparer.Ordinal);
        return [.. _migrations.Where(m => !applied.Contains(m.Id))];
    }
}
