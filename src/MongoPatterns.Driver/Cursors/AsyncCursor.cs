using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Core;
using MongoPatterns.Driver.Core.Servers;
using MongoPatterns.Driver.Diagnostics;
using MongoPatterns.Driver.Operations;
using MongoPatterns.Driver.Sessions;

namespace MongoPatterns.Driver.Cursors;

/// <summary>
/// A server-side cursor: the first batch comes from the command that opened it; later batches come from
/// <c>getMore</c> on the same server and session, with the batch size capped by the remaining limit. An unexhausted
/// cursor is killed with <c>killCursors</c> when disposed, when its limit is reached, or when a fetch is cancelled.
/// </summary>
/// <typeparam name="T">The document type.</typeparam>
internal sealed class AsyncCursor<T> : IAsyncCursor<T>
{
    private static readonly TimeSpan KillTimeout = TimeSpan.FromSeconds(10);

    private readonly ClientCore _client;
    private readonly Server _server;
    private readonly ClientSessionHandle _session;
    private readonly ClientSessionHandle? _ownedSession;
    private readonly IBsonSerializer<T> _serializer;
    private readonly AsyncCursorOptions _options;
    private readonly long _operationId;
    private string _databaseName;
    private string _collectionName;
    private long _cursorId;
    private List<T>? _pendingBatch;
    private List<T>? _current;
    private long _returned;
    private int _closed;

    /// <summary>Creates the cursor from the first reply's batch.</summary>
    public AsyncCursor(
        ClientCore client,
        Server server,
        ClientSessionHandle session,
        ClientSessionHandle? ownedSession,
        CollectionNamespace collectionNamespace,
        CursorBatch<T> firstBatch,
        IBsonSerializer<T> serializer,
        AsyncCursorOptions options,
        long operationId)
    {
        _client = client;
        _server = server;
        _session = session;
        _ownedSession = ownedSession;
        _serializer = serializer;
        _options = options;
        _operationId = operationId;
        (_databaseName, _collectionName) = SplitNamespace(firstBatch.Namespace, collectionNamespace);
        _cursorId = firstBatch.CursorId;
        _pendingBatch = firstBatch.Documents;
        if (_cursorId == 0)
        {
            ReleaseSession();
        }
    }

    /// <summary>Gets the server-side cursor id (0 once exhausted or closed).</summary>
    public long CursorId => Volatile.Read(ref _cursorId);

    /// <inheritdoc />
    public IEnumerable<T> Current => _current ?? throw new InvalidOperationException("Call MoveNextAsync first and check that it returned true.");

    /// <inheritdoc />
    public async Task<bool> MoveNextAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (_pendingBatch is { } pending)
            {
                _pendingBatch = null;
                var batch = Trim(pending);
                if (batch.Count > 0)
                {
                    _current = batch;
                    return true;
                }
            }

            if (_cursorId == 0 || Volatile.Read(ref _closed) != 0)
            {
                _current = null;
                ReleaseSession();
                return false;
            }

            if (_options.Limit > 0 && _returned >= _options.Limit)
            {
                await CloseAsync().ConfigureAwait(false);
                _current = null;
                return false;
            }

            var next = await GetMoreAsync(cancellationToken).ConfigureAwait(false);
            if (next.Count > 0 || _options.IsTailable)
            {
                _current = Trim(next);
                return true;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _pendingBatch = null;
        return new ValueTask(CloseAsync());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _pendingBatch = null;
        _ = CloseAsync();
    }

    private static (string Database, string Collection) SplitNamespace(string? ns, CollectionNamespace fallback)
    {
        var dot = ns?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        return dot > 0 ? (ns![..dot], ns[(dot + 1)..]) : (fallback.DatabaseNamespace.DatabaseName, fallback.CollectionName);
    }

    private List<T> Trim(List<T> batch)
    {
        if (_options.Limit > 0 && _returned + batch.Count > _options.Limit)
        {
            batch.RemoveRange((int)(_options.Limit - _returned), batch.Count - (int)(_options.Limit - _returned));
        }

        _returned += batch.Count;
        return batch;
    }

    private async Task<List<T>> GetMoreAsync(CancellationToken cancellationToken)
    {
        var command = new BsonDocument { { "getMore", _cursorId }, { "collection", _collectionName } };
        var batchSize = _options.BatchSize ?? 0;
        if (_options.Limit > 0)
        {
            var remaining = (int)Math.Min(int.MaxValue, _options.Limit - _returned);
            batchSize = batchSize > 0 ? Math.Min(batchSize, remaining) : remaining;
        }

        if (batchSize > 0)
        {
            command.Add("batchSize", batchSize);
        }

        if (_options.MaxAwaitTime is { } maxAwait && _options.IsTailable)
        {
            command.Add("maxTimeMS", (long)maxAwait.TotalMilliseconds);
        }

        if (_options.Comment is not null)
        {
            command.Add("comment", _options.Comment);
        }

        using var context = new OperationContext(_client, "getMore", _databaseName, _collectionName, _session, cancellationToken, _operationId);
        try
        {
            await using var channel = await _client.GetChannelAsync(_server, context).ConfigureAwait(false);
            using var result = await channel.RunAsync(new CommandRequest(_databaseName, command) { CollectionName = _collectionName }, context).ConfigureAwait(false);
            var batch = CursorBatch<T>.Read(result.Body, _serializer);
            Volatile.Write(ref _cursorId, batch.CursorId);
            if (batch.CursorId == 0)
            {
                ReleaseSession();
            }

            return batch.Documents;
        }
        catch (OperationCanceledException exception)
        {
            // The fetch was abandoned mid-way: the cursor cannot continue. Kill it so it does not linger on the server.
            context.RecordFailure(exception);
            _ = CloseAsync();
            throw;
        }
        catch (Exception exception)
        {
            context.RecordFailure(exception);
            if (exception is MongoCommandException)
            {
                // The server no longer has (or refuses) this cursor.
                Volatile.Write(ref _cursorId, 0);
            }

            await CloseAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task CloseAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        var cursorId = Interlocked.Exchange(ref _cursorId, 0);
        if (cursorId != 0 && !_client.IsDisposed)
        {
            using var timeout = new CancellationTokenSource(KillTimeout);
            using var context = new OperationContext(_client, "killCursors", _databaseName, _collectionName, _session, timeout.Token, _operationId);
            try
            {
                await using var channel = await _client.GetChannelAsync(_server, context).ConfigureAwait(false);
                var command = new BsonDocument { { "killCursors", _collectionName }, { "cursors", new BsonArray { cursorId } } };
                using var result = await channel.RunAsync(new CommandRequest(_databaseName, command) { CollectionName = _collectionName }, context).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is MongoException or OperationCanceledException or ObjectDisposedException)
            {
                DriverLogMessages.BackgroundCleanupFailed(_client.Events.CommandLogger, "killCursors", _server.Address, exception.Message);
            }
        }

        ReleaseSession();
    }

    private void ReleaseSession() => _ownedSession?.Dispose();
}
