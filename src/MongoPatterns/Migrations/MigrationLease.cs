using Microsoft.Extensions.Logging;
using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.Migrations;

/// <summary>
/// A distributed lock: the document <c>{ _id: "lock", owner, expiresAt }</c> in the migrations collection. Taking it is
/// one <c>findAndModify</c> upsert that matches only an expired lease or one this instance already owns; when another
/// instance holds it the upsert hits the unique <c>_id</c> and fails. The holder renews it in the background; if a
/// renewal finds the lease gone, <see cref="Lost"/> is cancelled.
/// </summary>
internal sealed class MigrationLease : IAsyncDisposable
{
    public const string LeaseId = "lock";

    private readonly IMongoCollection<BsonDocument> _collection;
    private readonly DatabaseMigrationOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stopRenewing = new();
    private Task _renewal = Task.CompletedTask;

    private MigrationLease(IMongoCollection<BsonDocument> collection, DatabaseMigrationOptions options, TimeProvider time, ILogger logger)
    {
        _collection = collection;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Gets a token cancelled when the lease could not be renewed.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Waits (polling with backoff) until this instance holds the lease.</summary>
    public static async Task<MigrationLease> AcquireAsync(IMongoCollection<BsonDocument> collection, DatabaseMigrationOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var lease = new MigrationLease(collection, options, time, logger);
        var deadline = time.GetUtcNow() + options.LeaseWaitTimeout;
        var wait = options.LeasePollInterval;
        var announced = false;
        while (true)
        {
            var holder = await lease.TryTakeAsync(cancellationToken).ConfigureAwait(false);
            if (holder is null)
            {
                MigrationLog.LeaseAcquired(logger, options.InstanceId);
                lease._renewal = lease.RenewAsync();
                return lease;
            }

            if (!announced)
            {
                MigrationLog.WaitingForLease(logger, holder);
                announced = true;
            }

            if (time.GetUtcNow() >= deadline)
            {
                throw new TimeoutException($"The migration lease is still held by {holder} after {options.LeaseWaitTimeout}; startup cannot apply database migrations.");
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, options.MaxLeasePollInterval.Ticks));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopRenewing.CancelAsync().ConfigureAwait(false);
        await _renewal.ConfigureAwait(false);
        try
        {
            await _collection.DeleteOneAsync(OwnedFilter(), cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }
        catch (MongoException)
        {
            // The lease expires on its own.
        }

        _stopRenewing.Dispose();
        _lost.Dispose();
    }

    // Returns null when taken, otherwise the current holder.
    private async Task<string?> TryTakeAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var filter = new BsonDocument
        {
            { "_id", LeaseId },
            {
                "$or", new BsonArray
                {
                    new BsonDocument("expiresAt", new BsonDocument("$lte", now)),
                    new BsonDocument("owner", _options.InstanceId),
                }
            },
        };
        var update = new BsonDocument("$set", new BsonDocument
        {
            { "owner", _options.InstanceId },
            { "expiresAt", now + _options.LeaseDuration },
            { "acquiredAt", now },
        });
        try
        {
            await _collection.FindOneAndUpdateAsync(filter, update, new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After }, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception exception) when (IsDuplicateKey(exception))
        {
            var current = await (await _collection.FindAsync(new BsonDocument("_id", LeaseId), cancellationToken: cancellationToken).ConfigureAwait(false))
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return current?.GetValue("owner", null)?.ToString() ?? "another instance";
        }
    }

    private async Task RenewAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(_options.LeaseRenewInterval, _time, _stopRenewing.Token).ConfigureAwait(false);
                var update = new BsonDocument("$set", new BsonDocument("expiresAt", _time.GetUtcNow().UtcDateTime + _options.LeaseDuration));
                var result = await _collection.UpdateOneAsync(OwnedFilter(), update, cancellationToken: _stopRenewing.Token).ConfigureAwait(false);
                if (result.MatchedCount == 0)
                {
                    MigrationLog.LeaseLost(_logger, _options.InstanceId);
                    await _lost.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Released.
        }
        catch (MongoException)
        {
            MigrationLog.LeaseLost(_logger, _options.InstanceId);
            await _lost.CancelAsync().ConfigureAwait(false);
        }
    }

    private BsonDocument OwnedFilter() => new() { { "_id", LeaseId }, { "owner", _options.InstanceId } };

    private static bool IsDuplicateKey(Exception exception) => exception switch
    {
        MongoDuplicateKeyException => true,
        MongoCommandException command => command.Code == 11000,
        MongoWriteException write => write.WriteError?.Code == 11000,
        _ => false,
    };
}
