using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using MongoPatterns.Driver.Core.Connections;
using MongoPatterns.Driver.Diagnostics;

namespace MongoPatterns.Driver.Core.ConnectionPools;

/// <summary>
/// The connection pool of one server (Connection Monitoring and Pooling specification): a FIFO wait queue, at most
/// <c>maxPoolSize</c> connections of which at most <c>maxConnecting</c> are being established, idle connections reused
/// last-in first-out, generations that make connections stale when the pool is cleared, the paused/ready/closed states,
/// and a background task that closes idle connections and keeps <c>minPoolSize</c> connections open.
/// </summary>
/// <remarks>
/// Check-out is asynchronous and honours cancellation and the wait queue timeout. Events and log messages are raised
/// outside the pool's lock. Establishment failures are reported through <see cref="ConnectionFailed"/> so that the
/// owner (the server) can apply the SDAM error rules, which usually clear the pool.
/// </remarks>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly object _lock = new();
    private readonly ConnectionSettings _connectionSettings;
    private readonly EventPublisher _events;
    private readonly List<Connection> _available = [];
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly KeyValuePair<string, object?> _poolNameTag;
    private readonly CancellationTokenSource _closing = new();
    private readonly SemaphoreSlim _maintenanceSignal = new(0);
    private int _totalCount;
    private int _pendingCount;
    private int _inUseCount;
    private int _generation;
    private ConnectionPoolState _state = ConnectionPoolState.Paused;
    private Exception? _pauseCause;
    private Task? _maintenance;

    /// <summary>Creates a paused pool and publishes <see cref="ConnectionPoolCreatedEvent"/>.</summary>
    public ConnectionPool(MongoServerAddress serverAddress, ConnectionPoolSettings settings, ConnectionSettings connectionSettings, EventPublisher events)
    {
        ArgumentNullException.ThrowIfNull(serverAddress);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(connectionSettings);
        ArgumentNullException.ThrowIfNull(events);
        ServerAddress = serverAddress;
        Settings = settings;
        _connectionSettings = connectionSettings;
        _events = events;
        _poolNameTag = new KeyValuePair<string, object?>("db.client.connection.pool.name", serverAddress.ToString());

        if (_events.ConnectionLogger.IsEnabled(LogLevel.Debug))
        {
            ConnectionLogMessages.PoolCreated(_events.ConnectionLogger, Host, Port, settings.MaxIdleTime.TotalMilliseconds, settings.MinPoolSize, settings.MaxPoolSize, settings.MaxConnecting, settings.WaitQueueTimeout.TotalMilliseconds);
        }

        _events.Publish(new ConnectionPoolCreatedEvent(serverAddress, settings.MaxPoolSize, settings.MinPoolSize, settings.MaxConnecting, settings.MaxIdleTime, settings.WaitQueueTimeout));
    }

    /// <summary>Raised (outside the lock) when establishing a connection fails, with the connection's generation.</summary>
    public event Action<Exception, int>? ConnectionFailed;

    /// <summary>Gets the server.</summary>
    public MongoServerAddress ServerAddress { get; }

    /// <summary>Gets the options.</summary>
    public ConnectionPoolSettings Settings { get; }

    /// <summary>Gets the current generation.</summary>
    public int Generation
    {
        get
        {
            lock (_lock)
            {
                return _generation;
            }
        }
    }

    /// <summary>Gets the state.</summary>
    public ConnectionPoolState State
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    /// <summary>Gets the number of connections (in use, idle and being established).</summary>
    public int TotalCount
    {
        get
        {
            lock (_lock)
            {
                return _totalCount;
            }
        }
    }

    /// <summary>Gets the number of idle connections.</summary>
    public int AvailableCount
    {
        get
        {
            lock (_lock)
            {
                return _available.Count;
            }
        }
    }

    private string Host => ServerAddress.Host;

    private int? Port => ServerAddress.HostType == MongoHostType.UnixDomainSocket ? null : ServerAddress.Port;

    /// <summary>Checks a connection out, waiting in FIFO order when none is free.</summary>
    /// <param name="cancellationToken">Cancels the wait (and the establishment of a new connection).</param>
    /// <returns>An open connection; give it back with <see cref="CheckIn"/>.</returns>
    /// <exception cref="MongoConnectionPoolPausedException">The pool is paused (its server is unavailable).</exception>
    /// <exception cref="MongoWaitQueueTimeoutException">No connection became available in time.</exception>
    /// <exception cref="ObjectDisposedException">The pool is closed.</exception>
    public async Task<Connection> CheckOutAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        if (_events.ConnectionLogger.IsEnabled(LogLevel.Debug))
        {
            ConnectionLogMessages.CheckOutStarted(_events.ConnectionLogger, Host, Port);
        }

        _events.Publish(new ConnectionCheckOutStartedEvent(ServerAddress));

        Grant grant = default;
        Waiter? waiter = null;
        List<(Connection, ConnectionClosedReason)>? toClose = null;
        lock (_lock)
        {
            var failure = CheckUsable();
            if (failure is not null)
            {
                FailCheckOut(failure, started);
                throw failure;
            }

            if (_waiters.Count == 0 && TryGrant(ref toClose, out grant))
            {
                // Served at once.
            }
            else
            {
                waiter = new Waiter();
                waiter.Node = _waiters.AddLast(waiter);
                DriverDiagnostics.PendingRequests.Add(1, _poolNameTag);
            }
        }

        await CloseAllAsync(toClose).ConfigureAwait(false);
        if (waiter is not null)
        {
            grant = await WaitAsync(waiter, started, cancellationToken).ConfigureAwait(false);
        }

        var connection = grant.Connection ?? await EstablishAsync(grant.Generation, started, cancellationToken).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        DriverDiagnostics.WaitTime.Record(elapsed.TotalSeconds, _poolNameTag);
        if (_events.ConnectionLogger.IsEnabled(LogLevel.Debug))
        {
            ConnectionLogMessages.CheckedOut(_events.ConnectionLogger, Host, Port, connection.Id, elapsed.TotalMilliseconds);
        }

        _events.Publish(new ConnectionCheckedOutEvent(ServerAddress, connection.Id, elapsed));
        return connection;
    }

    /// <summary>Returns a checked-out connection: kept when healthy and current, otherwise closed.</summary>
    public void CheckIn(Connection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (_events.ConnectionLogger.IsEnabled(LogLevel.Debug))
        {
            ConnectionLogMessages.CheckedIn(_events.ConnectionLogger, Host, Port, connection.Id);
        }

        _events.Publish(new ConnectionCheckedInEvent(ServerAddress, connection.Id));
        ConnectionClosedReason? closeReason = null;
        List<(Connection, ConnectionClosedReason)>? toClose = null;
        lock (_lock)
        {
            _inUseCount--;
            DriverDiagnostics.ConnectionCount.Add(-1, _poolNameTag, UsedTag);
            closeReason = _state == ConnectionPoolState.Closed ? ConnectionClosedReason.PoolClosed
                : connection.IsBroken ? ConnectionClosedReason.Error
                : connection.Generation != _generation ? ConnectionClosedReason.Stale
                : null;
            if (closeReason is null)
            {
                _available.Add(connection);
                DriverDiagnostics.ConnectionCount.Add(1, _poolNameTag, IdleTag);
            }
            else
            {
                _totalCount--;
            }

            Dispatch(ref toClose);
        }

        if (closeReason is { } reason)
        {
            (toClose ??= []).Add((connection, reason));
        }

        if (toClose is not null)
        {
            _ = CloseAllAsync(toClose);
        }
    }

    /// <summary>Marks the pool ready (its server is reachable) and starts filling it to <c>minPoolSize</c>.</summary>
    public void MarkReady()
    {
        lock (_lock)
        {
            if (_state != ConnectionPoolState.Paused)
            {
                return;
            }

            _state = ConnectionPoolState.Ready;
            _pauseCause = null;
            _maintenance ??= Task.Run(MaintainAsync);
        }

        if (_events.ConnectionLogger.IsEnabled(LogLevel.Debug))
        {
            ConnectionLogMessages.PoolReady(_events.ConnectionLogger, Host, Port);
        }

        _events.Publish(new ConnectionPoolReadyEvent(ServerAddress));
        _maintenanceSignal.Release();
    }

    /// <summary>
    /// Clears the pool: bumps the generation so every existing connection is stale, closes the idle ones, pauses the
    /// pool and fails every waiting check-out.
    /// </summary>
    /// <param name="cause">The error that made the server unavailable, reported to failed check-outs.</param>
    public void Clear(Exception? cause)
    {
        bool wasReady;
        List<(Connection, ConnectionClosedReason)>? toClose = null;
        lock (_lock)
        {
            if (_state == ConnectionPoolState.Closed)
            {
                return;
            }

            _generation++;
            wasReady = _state == ConnectionPoolState.Ready;
            _state = ConnectionPoolState.Paused;
            _pauseCause = cause;
            TakeAvailable(ConnectionClosedReason.Stale, ref toClose);
            FailWaiters(() => new MongoConnectionPoolPausedException(ServerAddress, cause));
        }

        if (wasReady)
        {
            if (_events.ConnectionLogger.IsEnabled(LogLevel.Debug))
            {
                ConnectionLogMessages.PoolCleared(_events.ConnectionLogger, Host, Port);
            }

            _events.Publish(new ConnectionPoolClearedEvent(ServerAddress, InterruptInUseConnections: false));
        }

        _ = CloseAllAsync(toClose);
    }

    /// <summary>Describes the pool's counters, for timeout messages.</summary>
    public string DescribeStatistics()
    {
        lock (_lock)
        {
            return DescribeStatisticsLocked();
        }
    }

    /// <summary>Closes the pool and its idle connections; connections in use are closed when checked in.</summary>
    public async ValueTask DisposeAsync()
    {
        List<(Connection, ConnectionClosedReason)>? toClose = null;
        Task? maintenance;
        lock (_lock)
        {
            if (_state == ConnectionPoolState.Closed)
            {
                return;
            }

            _state = ConnectionPoolState.Closed;
            TakeAvailable(ConnectionClosedReason.PoolClosed, ref toClose);
            FailWaiters(() => new ObjectDisposedException(nameof(ConnectionPool), $"The connection pool for {ServerAddress} was closed because the client was disposed."));
            maintenance = _maintenance;
        }

        await _closing.CancelAsync().ConfigureAwait(false);
        if (maintenance is not null)
        {
            await maintenance.ConfigureAwait(false);
        }

        await CloseAllAsync(toClose).ConfigureAwait(false);
        if (_events.ConnectionLogger.IsEnabled(LogLevel.Debug))
        {
            ConnectionLogMessages.PoolClosed(_events.ConnectionLogger, Host, Port);
        }

        _events.Publish(new ConnectionPoolClosedEvent(ServerAddress));
        _closing.Dispose();
        _maintenanceSignal.Dispose();
    }

    private static readonly KeyValuePair<string, object?> IdleTag = new("db.client.connection.state", "idle");
    private static readonly KeyValuePair<string, object?> UsedTag = new("db.client.connection.state", "used");

    private Exception? CheckUsable() => _state switch
    {
        ConnectionPoolState.Closed => new ObjectDisposedException(nameof(ConnectionPool), $"The connection pool for {ServerAddress} is closed because the client was disposed."),
        ConnectionPoolState.Paused => new MongoConnectionPoolPausedException(ServerAddress, _pauseCause),
        _ => null,
    };

    private async Task<Grant> WaitAsync(Waiter waiter, long started, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Settings.WaitQueueTimeout > TimeSpan.Zero)
        {
            timeout.CancelAfter(Settings.WaitQueueTimeout);
        }

        using (timeout.Token.Register(() => AbandonWait(waiter, cancellationToken)))
        {
            try
            {
                return await waiter.Completion.Task.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                var reason = exception switch
                {
                    MongoWaitQueueTimeoutException => ConnectionCheckOutFailedReason.Timeout,
                    ObjectDisposedException => ConnectionCheckOutFailedReason.PoolClosed,
                    OperationCanceledException => ConnectionCheckOutFailedReason.ConnectionError,
                    _ => ConnectionCheckOutFailedReason.ConnectionError,
                };
                PublishCheckOutFailed(reason, exception, started);
                throw;
            }
        }
    }

    private void AbandonWait(Waiter waiter, CancellationToken callerToken)
    {
        lock (_lock)
        {
            if (waiter.Node is null)
            {
                // Already granted or failed; the grant is used or released by the waiting check-out.
                return;
            }

            _waiters.Remove(waiter.Node);
            waiter.Node = null;
            DriverDiagnostics.PendingRequests.Add(-1, _poolNameTag);
            if (callerToken.IsCancellationRequested)
            {
                waiter.Completion.TrySetCanceled(callerToken);
            }
            else
            {
                waiter.Completion.TrySetException(new MongoWaitQueueTimeoutException(
                    $"Timed out after {Settings.WaitQueueTimeout.TotalMilliseconds:0} ms waiting for a connection from the pool for {ServerAddress} "
                    + $"({DescribeStatisticsLocked()}). Raise maxPoolSize, return connections sooner (dispose cursors, avoid long work "
                    + "while a cursor is open), or raise waitQueueTimeoutMS."));
            }
        }
    }

    private async Task<Connection> EstablishAsync(int generation, long checkOutStarted, CancellationToken cancellationToken)
    {
        Connection connection;
        try
        {
            connection = await CreateConnectionAsync(generation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            PublishCheckOutFailed(ConnectionCheckOutFailedReason.ConnectionError, exception, checkOutStarted);
            throw;
        }

        List<(Connection, ConnectionClosedReason)>? toClose = null;
        lock (_lock)
        {
            _pendingCount--;
            _inUseCount++;
            DriverDiagnostics.ConnectionCount.Add(1, _poolNameTag, UsedTag);
            Dispatch(ref toClose);
        }

        _ = CloseAllAsync(toClose);
        return connection;
    }

    /// <summary>Opens a connection for a reserved slot; on failure the slot is released and the failure reported.</summary>
    private async Task<Connection> CreateConnectionAsync(int generation, CancellationToken cancellationToken)
    {
        var connection = new Connection(ServerAddress, _connectionSettings, generation);
        var started = Stopwatch.GetTimestamp();
        DriverDiagnostics.ConnectionsCreated.Add(1, _poolNameTag);
        if (_events.ConnectionLogger.IsEnabled(LogLevel.Debug))
        {
            ConnectionLogMessages.ConnectionCreated(_events.ConnectionLogger, Host, Port, connection.Id);
        }

        _events.Publish(new ConnectionCreatedEvent(ServerAddress, connection.Id));
        try
        {
            await connection.OpenAsync(authenticate: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            List<(Connection, ConnectionClosedReason)>? toClose = null;
            lock (_lock)
            {
                _pendingCount--;
                _totalCount--;
                Dispatch(ref toClose);
            }

            await CloseAsync(connection, ConnectionClosedReason.Error, exception).ConfigureAwait(false);
            await CloseAllAsync(toClose).ConfigureAwait(false);
            if (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                ConnectionFailed?.Invoke(exception, generation);
            }

            throw;
        }

        var duration = Stopwatch.GetElapsedTime(started);
        DriverDiagnostics.CreateTime.Record(duration.TotalSeconds, _poolNameTag);
        if (_events.ConnectionLogger.IsEnabled(LogLevel.Debug))
        {
            ConnectionLogMessages.ConnectionReady(_events.ConnectionLogger, Host, Port, connection.Id, duration.TotalMilliseconds);
        }

        _events.Publish(new ConnectionReadyEvent(ServerAddress, connection.Id, duration));
        return connection;
    }

    /// <summary>Under the lock: hands out an idle connection, or a slot to create one, when the limits allow.</summary>
    private bool TryGrant(ref List<(Connection, ConnectionClosedReason)>? toClose, out Grant grant)
    {
        while (_available.Count > 0)
        {
            var connection = _available[^1];
            _available.RemoveAt(_available.Count - 1);
            DriverDiagnostics.ConnectionCount.Add(-1, _poolNameTag, IdleTag);
            if (PerishedReason(connection) is { } reason)
            {
                _totalCount--;
                (toClose ??= []).Add((connection, reason));
                continue;
            }

            _inUseCount++;
            DriverDiagnostics.ConnectionCount.Add(1, _poolNameTag, UsedTag);
            grant = new Grant(connection, _generation);
            return true;
        }

        if ((Settings.MaxPoolSize == 0 || _totalCount < Settings.MaxPoolSize) && _pendingCount < Settings.MaxConnecting)
        {
            _totalCount++;
            _pendingCount++;
            grant = new Grant(null, _generation);
            return true;
        }

        grant = default;
        return false;
    }

    /// <summary>Under the lock: serves waiters in FIFO order while resources allow.</summary>
    private void Dispatch(ref List<(Connection, ConnectionClosedReason)>? toClose)
    {
        if (_state != ConnectionPoolState.Ready)
        {
            return;
        }

        while (_waiters.First is { } first && TryGrant(ref toClose, out var grant))
        {
            var waiter = first.Value;
            _waiters.RemoveFirst();
            waiter.Node = null;
            DriverDiagnostics.PendingRequests.Add(-1, _poolNameTag);
            if (!waiter.Completion.TrySetResult(grant))
            {
                Release(grant, ref toClose);
            }
        }
    }

    /// <summary>Under the lock: gives back a grant nobody will use.</summary>
    private void Release(Grant grant, ref List<(Connection, ConnectionClosedReason)>? toClose)
    {
        if (grant.Connection is { } connection)
        {
            _inUseCount--;
            DriverDiagnostics.ConnectionCount.Add(-1, _poolNameTag, UsedTag);
            _available.Add(connection);
            DriverDiagnostics.ConnectionCount.Add(1, _poolNameTag, IdleTag);
        }
        else
        {
            _pendingCount--;
            _totalCount--;
        }
    }

    private void FailWaiters(Func<Exception> createException)
    {
        while (_waiters.First is { } first)
        {
            _waiters.RemoveFirst();
            first.Value.Node = null;
            DriverDiagnostics.PendingRequests.Add(-1, _poolNameTag);
            first.Value.Completion.TrySetException(createException());
        }
    }

    private void TakeAvailable(ConnectionClosedReason reason, ref List<(Connection, ConnectionClosedReason)>? toClose)
    {
        foreach (var connection in _available)
        {
            (toClose ??= []).Add((connection, reason));
            DriverDiagnostics.ConnectionCount.Add(-1, _poolNameTag, IdleTag);
        }

        _totalCount -= _available.Count;
        _available.Clear();
    }

    private ConnectionClosedReason? PerishedReason(Connection connection)
    {
        if (connection.Generation != _generation)
        {
            return ConnectionClosedReason.Stale;
        }

        if (connection.IsBroken)
        {
            return ConnectionClosedReason.Error;
        }

        if (Settings.MaxIdleTime > TimeSpan.Zero && Stopwatch.GetElapsedTime(connection.LastUsedTimestamp) > Settings.MaxIdleTime)
        {
            return ConnectionClosedReason.Idle;
        }

        return null;
    }

    private string DescribeStatisticsLocked() => string.Create(CultureInfo.InvariantCulture,
        $"maxPoolSize={Settings.MaxPoolSize}, in use={_inUseCount}, idle={_available.Count}, being established={_pendingCount}, waiting={_waiters.Count}");

    private void FailCheckOut(Exception failure, long started)
    {
        var reason = failure is ObjectDisposedException ? ConnectionCheckOutFailedReason.PoolClosed : ConnectionCheckOutFailedReason.ConnectionError;
        PublishCheckOutFailed(reason, failure, started);
    }

    private void PublishCheckOutFailed(ConnectionCheckOutFailedReason reason, Exception exception, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (_events.ConnectionLogger.IsEnabled(LogLevel.Debug))
        {
            ConnectionLogMessages.CheckOutFailed(_events.ConnectionLogger, Host, Port, reason, exception.Message, elapsed.TotalMilliseconds);
        }

        _events.Publish(new ConnectionCheckOutFailedEvent(ServerAddress, reason, elapsed));
    }

    private async Task CloseAllAsync(List<(Connection Connection, ConnectionClosedReason Reason)>? connections)
    {
        if (connections is null)
        {
            return;
        }

        foreach (var (connection, reason) in connections)
        {
            await CloseAsync(connection, reason, null).ConfigureAwait(false);
        }
    }

    private async Task CloseAsync(Connection connection, ConnectionClosedReason reason, Exception? error)
    {
        await connection.DisposeAsync().ConfigureAwait(false);
        DriverDiagnostics.ConnectionsClosed.Add(1, _poolNameTag, new KeyValuePair<string, object?>("reason", reason.ToString()));
        if (_events.ConnectionLogger.IsEnabled(LogLevel.Debug))
        {
            ConnectionLogMessages.ConnectionClosed(_events.ConnectionLogger, Host, Port, connection.Id, reason, error?.Message);
        }

        _events.Publish(new ConnectionClosedEvent(ServerAddress, connection.Id, reason));
        if (reason != ConnectionClosedReason.PoolClosed)
        {
            SignalMaintenance();
        }
    }

    private void SignalMaintenance()
    {
        try
        {
            if (!_closing.IsCancellationRequested && _maintenanceSignal.CurrentCount == 0)
            {
                _maintenanceSignal.Release();
            }
        }
        catch (ObjectDisposedException)
        {
            // The pool closed meanwhile.
        }
    }

    private async Task MaintainAsync()
    {
        var token = _closing.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await _maintenanceSignal.WaitAsync(Settings.MaintenanceInterval, token).ConfigureAwait(false);
                await PruneAsync().ConfigureAwait(false);
                await FillAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The background task must survive any failure; the next round retries.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                DriverLogMessages.BackgroundCleanupFailed(_events.ConnectionLogger, "connection pool maintenance", ServerAddress, exception.Message);
            }
        }
    }

    private Task PruneAsync()
    {
        List<(Connection, ConnectionClosedReason)>? toClose = null;
        lock (_lock)
        {
            for (var i = _available.Count - 1; i >= 0; i--)
            {
                if (PerishedReason(_available[i]) is { } reason)
                {
                    (toClose ??= []).Add((_available[i], reason));
                    _available.RemoveAt(i);
                    _totalCount--;
                    DriverDiagnostics.ConnectionCount.Add(-1, _poolNameTag, IdleTag);
                }
            }
        }

        return CloseAllAsync(toClose);
    }

    private async Task FillAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            int generation;
            lock (_lock)
            {
                if (_state != ConnectionPoolState.Ready
                    || _totalCount >= Settings.MinPoolSize
                    || _pendingCount >= Settings.MaxConnecting
                    || (Settings.MaxPoolSize > 0 && _totalCount >= Settings.MaxPoolSize))
                {
                    return;
                }

                _totalCount++;
                _pendingCount++;
                generation = _generation;
            }

            Connection connection;
            try
            {
                connection = await CreateConnectionAsync(generation, token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is MongoException or OperationCanceledException)
            {
                return;
            }

            List<(Connection, ConnectionClosedReason)>? toClose = null;
            lock (_lock)
            {
                _pendingCount--;
                if (_state == ConnectionPoolState.Ready && connection.Generation == _generation)
                {
                    _available.Add(connection);
                    DriverDiagnostics.ConnectionCount.Add(1, _poolNameTag, IdleTag);
                }
                else
                {
                    _totalCount--;
                    (toClose ??= []).Add((connection, _state == ConnectionPoolState.Closed ? ConnectionClosedReason.PoolClosed : ConnectionClosedReason.Stale));
                }

                Dispatch(ref toClose);
            }

            await CloseAllAsync(toClose).ConfigureAwait(false);
        }
    }

    private readonly record struct Grant(Connection? Connection, int Generation);

    private sealed class Waiter
    {
        public TaskCompletionSource<Grant> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }
    }
}
