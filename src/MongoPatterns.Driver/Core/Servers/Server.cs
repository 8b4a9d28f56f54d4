using MongoPatterns.Driver.Core.ConnectionPools;
using MongoPatterns.Driver.Core.Connections;
using MongoPatterns.Driver.Diagnostics;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver.Core.Servers;

/// <summary>
/// One server of the deployment: its monitor, its connection pool, its description and its operation count (for
/// selection between equally near servers). Applies the SDAM error-handling rules to errors seen by operations.
/// </summary>
internal sealed class Server : IAsyncDisposable
{
    private readonly IServerMonitor _monitor;
    private readonly Action<ServerDescription> _onDescriptionChanged;
    private ServerDescription _description;
    private int _operationCount;

    /// <summary>Creates a server with a paused pool; <see cref="Start"/> begins monitoring.</summary>
    /// <param name="address">The server address.</param>
    /// <param name="poolSettings">The pool options.</param>
    /// <param name="connectionSettings">The client's connection settings.</param>
    /// <param name="heartbeatInterval">The monitoring interval.</param>
    /// <param name="events">The client's event publisher.</param>
    /// <param name="onDescriptionChanged">Receives every new description (the cluster).</param>
    /// <param name="monitorFactory">Creates the monitor from the description callback; <see langword="null"/> for the polling monitor.</param>
    public Server(
        MongoServerAddress address,
        ConnectionPoolSettings poolSettings,
        ConnectionSettings connectionSettings,
        TimeSpan heartbeatInterval,
        EventPublisher events,
        Action<ServerDescription> onDescriptionChanged,
        Func<Action<ServerDescription>, IServerMonitor>? monitorFactory = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        Address = address;
        _description = new ServerDescription(address);
        _onDescriptionChanged = onDescriptionChanged;
        Pool = new ConnectionPool(address, poolSettings, connectionSettings, events);
        Pool.ConnectionFailed += OnConnectionFailed;
        _monitor = monitorFactory is null
            ? new ServerMonitor(address, connectionSettings, heartbeatInterval, OnMonitorDescription, events)
            : monitorFactory(OnMonitorDescription);
    }

    /// <summary>Gets the address.</summary>
    public MongoServerAddress Address { get; }

    /// <summary>Gets the latest description.</summary>
    public ServerDescription Description => Volatile.Read(ref _description);

    /// <summary>Gets the connection pool.</summary>
    public ConnectionPool Pool { get; }

    /// <summary>Gets the number of operations currently using this server.</summary>
    public int OperationCount => Volatile.Read(ref _operationCount);

    /// <summary>Starts monitoring.</summary>
    public void Start() => _monitor.Start();

    /// <summary>Asks the monitor for a check as soon as possible.</summary>
    public void RequestCheck() => _monitor.RequestImmediateCheck();

    /// <summary>Counts an operation that selected this server; dispose the result when it ends.</summary>
    public OperationCountScope BeginOperation()
    {
        Interlocked.Increment(ref _operationCount);
        return new OperationCountScope(this);
    }

    /// <summary>
    /// Applies SDAM's rules to an error an operation saw on a connection of this server: a network error (other than a
    /// timeout after the handshake) marks the server Unknown and clears the pool; "not writable primary" and "node is
    /// recovering" errors mark it Unknown and ask for a check (and clear the pool when the server is shutting down).
    /// Errors from connections of an older pool generation are ignored.
    /// </summary>
    /// <param name="exception">The error.</param>
    /// <param name="connectionGeneration">The generation of the connection that saw it.</param>
    public void HandleOperationError(Exception exception, int connectionGeneration)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (connectionGeneration < Pool.Generation)
        {
            return;
        }

        switch (exception)
        {
            case MongoConnectionException { IsNetworkTimeout: true }:
                return;
            case MongoConnectionException:
                MarkUnknown(exception, clearPool: true);
                return;
            case MongoCommandException command when ServerErrorCodes.IsNotWritablePrimary(command.Code) || ServerErrorCodes.IsNodeIsRecovering(command.Code):
                MarkUnknown(exception, clearPool: ServerErrorCodes.IsShutdown(command.Code));
                _monitor.RequestImmediateCheck();
                return;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _monitor.DisposeAsync().ConfigureAwait(false);
        await Pool.DisposeAsync().ConfigureAwait(false);
    }

    private void OnConnectionFailed(Exception exception, int generation)
    {
        // SDAM: any network error or timeout while establishing a connection marks the server Unknown and clears its pool.
        if (exception is MongoConnectionException && generation >= Pool.Generation)
        {
            MarkUnknown(exception, clearPool: true);
        }
    }

    private void MarkUnknown(Exception exception, bool clearPool)
    {
        if (clearPool)
        {
            Pool.Clear(exception);
            _monitor.Reset();
        }

        Publish(ServerDescription.Unknown(Address, exception));
    }

    private void OnMonitorDescription(ServerDescription description)
    {
        if (description.IsKnown && description.CompatibilityError is null)
        {
            Pool.MarkReady();
        }
        else if (!description.IsKnown)
        {
            Pool.Clear(description.Error);
        }

        Publish(description);
    }

    private void Publish(ServerDescription description)
    {
        Volatile.Write(ref _description, description);
        _onDescriptionChanged(description);
    }

    /// <summary>Decrements the operation count when disposed.</summary>
    internal readonly struct OperationCountScope : IDisposable
    {
        private readonly Server _server;

        public OperationCountScope(Server server) => _server = server;

        public void Dispose() => Interlocked.Decrement(ref _server._operationCount);
    }
}
