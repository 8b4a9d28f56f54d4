using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Repositories;

namespace MongoPatterns.Migrations;

/// <summary>
/// Writes back documents upgraded on read (<see cref="WriteBackPolicy.OnRead"/>): they are replaced in the background,
/// one at a time, so reads never wait for it. Every write is a replacement guarded by the document as it was read, so a
/// concurrent change is never overwritten (the write-back is skipped and the next read upgrades again).
/// </summary>
internal sealed class SchemaWriteBackQueue : ISchemaUpgradeSink, IAsyncDisposable, IDisposable
{
    private readonly MigrationCollections _collections;
    private readonly IEnumerable<IRepositoryWriteObserver> _observers;
    private readonly ILogger _logger;
    private readonly Channel<PendingWriteBack> _channel = Channel.CreateUnbounded<PendingWriteBack>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _worker;
    private int _pending;

    public SchemaWriteBackQueue(MigrationCollections collections, IEnumerable<IRepositoryWriteObserver> observers, ILogger<SchemaWriteBackQueue>? logger = null, bool runInBackground = true)
    {
        _collections = collections;
        _observers = observers;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _worker = runInBackground ? Task.Run(RunAsync) : Task.CompletedTask;
    }

    public void DocumentUpgraded(EntitySchema schema, BsonDocument original, BsonDocument upgraded)
    {
        if (!original.TryGetValue("_id", out var id))
        {
            return;
        }

        if (schema.WriteBack != WriteBackPolicy.OnRead)
        {
            return;
        }

        var pending = new PendingWriteBack(schema, original, upgraded);
        Interlocked.Increment(ref _pending);
        if (!_channel.Writer.TryWrite(pending))
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    /// <summary>Writes the queued write-backs now, on the caller (for a queue created without a background worker, in tests).</summary>
    internal async Task DrainAsync(CancellationToken cancellationToken = default)
    {
        while (_channel.Reader.TryRead(out var pending))
        {
            try
            {
                await WriteAsync(pending, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
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

    /// <summary>Stops taking write-backs and abandons those still queued (they are only an optimisation: the next read upgrades again).</summary>
    public void Dispose()
    {
        _channel.Writer.TryComplete();
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
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
                await observer.OnWrittenAsync(collection.CollectionNamespace.DatabaseNamespace.DatabaseName, collection.CollectionNamespace.CollectionName, cancellationToken).ConfigureAwait(false);
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
