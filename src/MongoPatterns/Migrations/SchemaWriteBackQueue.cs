using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.Migrations;

/// <summary>
/// Writes back documents upgraded on read. <see cref="WriteBackPolicy.OnRead"/> documents are replaced in the
/// background, one at a time; <see cref="WriteBackPolicy.OnNextWrite"/> documents wait until
/// <see cref="FlushBeforeWriteAsync"/> is called for their id. Every write is a replacement guarded by the document as
/// it was read, so a concurrent change is never overwritten.
/// </summary>
internal sealed class SchemaWriteBackQueue : ISchemaUpgradeSink, IAsyncDisposable
{
    private const int MaxDeferred = 10_000;

    private readonly MigrationCollections _collections;
    private readonly IEnumerable<IMigrationWriteObserver> _observers;
    private readonly ILogger _logger;
    private readonly Channel<PendingWriteBack> _channel = Channel.CreateUnbounded<PendingWriteBack>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<(Type, BsonValue), PendingWriteBack> _deferred = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _worker;
    private int _pending;

    public SchemaWriteBackQueue(MigrationCollections collections, IEnumerable<IMigrationWriteObserver> observers, ILogger<SchemaWriteBackQueue>? logger = null)
    {
        _collections = collections;
        _observers = observers;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _worker = Task.Run(RunAsync);
    }

    public void DocumentUpgraded(EntitySchema schema, BsonDocument original, BsonDocument upgraded)
    {
        if (!original.TryGetValue("_id", out var id))
        {
            return;
        }

        var pending = new PendingWriteBack(schema, original, upgraded);
        if (schema.WriteBack == WriteBackPolicy.OnNextWrite)
        {
            if (_deferred.Count < MaxDeferred)
            {
                _deferred[(schema.EntityType, id)] = pending;
            }

            return;
        }

        Interlocked.Increment(ref _pending);
        if (!_channel.Writer.TryWrite(pending))
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    /// <summary>Writes the deferred upgrade of a document, if any, before the repository changes it.</summary>
    public async Task FlushBeforeWriteAsync(Type entityType, BsonValue id, CancellationToken cancellationToken = default)
    {
        if (_deferred.TryRemove((entityType, id), out var pending))
        {
            await WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Completes when every queued on-read write-back has been attempted.</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        while (Volatile.Read(ref _pending) > 0)
        {
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        try
        {
            await _worker.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        await foreach (var pending in _channel.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await WriteAsync(pending, _stopping.Token).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }

    private async Task WriteAsync(PendingWriteBack pending, CancellationToken cancellationToken)
    {
        var schema = pending.Schema;
        var id = pending.Original["_id"];
        try
        {
            var collection = _collections.GetCollection(schema);
            var result = await collection.ReplaceOneAsync(WriteBackGuard.For(schema, pending.Original), pending.Upgraded, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (result.MatchedCount == 0)
            {
                MigrationMetrics.WriteBack(schema, "skipped");
                MigrationLog.WriteBackSkipped(_logger, schema.EntityType.Name, id);
                return;
            }

            MigrationMetrics.WriteBack(schema, "written");
            MigrationLog.WroteBack(_logger, schema.EntityType.Name, id);
            foreach (var observer in _observers)
            {
                observer.DocumentRewritten(schema.EntityType, collection.CollectionNamespace.CollectionName, id);
            }
        }
        catch (Exception exception) when (exception is MongoException or InvalidOperationException or OperationCanceledException)
        {
            MigrationMetrics.WriteBack(schema, "failed");
            MigrationLog.WriteBackFailed(_logger, exception, schema.EntityType.Name, id);
        }
    }

    private sealed record PendingWriteBack(EntitySchema Schema, BsonDocument Original, BsonDocument Upgraded);
}
