using System.Diagnostics;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Core.Connections;
using MongoPatterns.Driver.Core.Servers;
using MongoPatterns.Driver.Diagnostics;
using MongoPatterns.Driver.Operations;
using MongoPatterns.Driver.Sessions;

namespace MongoPatterns.Driver.Core;

/// <summary>
/// The machinery behind a <see cref="MongoClient"/>: settings, monitoring outlets, the cluster with its servers and
/// pools, the server session pool, and the way operations get a connection (select a server, check a connection out).
/// </summary>
internal sealed class ClientCore : IAsyncDisposable
{
    private const int EndSessionsBatchSize = 10_000;
    private static readonly TimeSpan EndSessionsTimeout = TimeSpan.FromSeconds(2);
    private int _disposed;

    /// <summary>Validates the settings and starts monitoring the deployment.</summary>
    /// <exception cref="MongoConfigurationException">The settings are invalid.</exception>
    /// <exception cref="NotSupportedException">The settings ask for something not implemented (SRV lookup, load balancers, a mechanism).</exception>
    public ClientCore(MongoClientSettings settings, MongoClientOptions options, Func<MongoServerAddress, Action<ServerDescription>, IServerMonitor>? monitorFactory = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        settings.Validate();
        settings.ThrowIfSrvLookupRequired();
        if (settings.LoadBalanced)
        {
            throw new NotSupportedException("loadBalanced=true is not supported by MongoPatterns.Driver yet; connect to the mongos routers directly.");
        }

        Settings = settings;
        Options = options;
        Events = new EventPublisher(options);
        foreach (var warning in settings.Warnings)
        {
            DriverLogMessages.SettingsWarning(Events.CommandLogger, warning);
        }

        ConnectionSettings = new ConnectionSettings(settings);
        Cluster = new Cluster(settings, ConnectionSettings, Events, monitorFactory);
    }

    /// <summary>Gets the settings.</summary>
    public MongoClientSettings Settings { get; }

    /// <summary>Gets the options.</summary>
    public MongoClientOptions Options { get; }

    /// <summary>Gets the monitoring outlets.</summary>
    public EventPublisher Events { get; }

    /// <summary>Gets the prepared connection settings.</summary>
    public ConnectionSettings ConnectionSettings { get; }

    /// <summary>Gets the cluster.</summary>
    public Cluster Cluster { get; }

    /// <summary>Gets the server session pool.</summary>
    public ServerSessionPool SessionPool { get; } = new();

    /// <summary>Gets a value indicating whether the client was disposed.</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>Runs an operation in a new context, recording failures on its activity.</summary>
    public Task<TResult> ExecuteAsync<TResult>(IOperation<TResult> operation, string operationName, string databaseName, string? collectionName, CancellationToken cancellationToken) =>
        ExecuteAsync(operation, operationName, databaseName, collectionName, session: null, cancellationToken);

    /// <summary>Runs an operation in a new context within an explicit session (or an implicit one when null).</summary>
    /// <exception cref="ArgumentException">The session belongs to another client.</exception>
    public async Task<TResult> ExecuteAsync<TResult>(IOperation<TResult> operation, string operationName, string databaseName, string? collectionName, ClientSessionHandle? session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (IsDisposed)
        {
            throw new ObjectDisposedException(nameof(MongoClient), "The MongoClient was disposed, which closed its connections; create a new client to run more operations.");
        }

        if (session?.OwnerClient is { } owner && !ReferenceEquals(owner.Core, this))
        {
            throw new ArgumentException("The session was started by another MongoClient; sessions can only be used with the client that started them.", nameof(session));
        }

        using var context = new OperationContext(this, operationName, databaseName, collectionName, session, cancellationToken);
        try
        {
            return await operation.ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            context.RecordFailure(exception);
            throw;
        }
    }

    /// <summary>Selects a server and checks out one of its connections.</summary>
    /// <remarks>
    /// When the selected server's pool was cleared in the meantime (it is paused), selection is repeated until the
    /// server selection timeout, so that an operation started just after a network error waits for the server to come back.
    /// </remarks>
    public async Task<ConnectionChannel> GetChannelAsync(ServerSelector selector, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var server = await Cluster.SelectServerAsync(selector, context.OperationName, context.OperationId, context.CancellationToken).ConfigureAwait(false);
            var channel = await GetChannelAsync(server, context, retryWhenPaused: Stopwatch.GetElapsedTime(started) < Settings.ServerSelectionTimeout).ConfigureAwait(false);
            if (channel is not null)
            {
                return channel;
            }
        }
    }

    /// <summary>Checks out a connection of a given server (cursors must go back to the server that opened them).</summary>
    public async Task<ConnectionChannel> GetChannelAsync(Server server, OperationContext context) =>
        (await GetChannelAsync(server, context, retryWhenPaused: false).ConfigureAwait(false))!;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await EndSessionsAsync().ConfigureAwait(false);
        await Cluster.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<ConnectionChannel?> GetChannelAsync(Server server, OperationContext context, bool retryWhenPaused)
    {
        var scope = server.BeginOperation();
        try
        {
            var connection = await server.Pool.CheckOutAsync(context.CancellationToken).ConfigureAwait(false);
            return new ConnectionChannel(server, connection, Cluster.Description.Type, Cluster.Clock, Events, scope);
        }
        catch (MongoConnectionPoolPausedException) when (retryWhenPaused)
        {
            scope.Dispose();
            server.RequestCheck();
            return null;
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    /// <summary>Ends the pooled server sessions on a reachable server, best effort.</summary>
    private async Task EndSessionsAsync()
    {
        var ids = SessionPool.TakeAllIds();
        if (ids.Count == 0)
        {
            return;
        }

        var selector = ServerSelector.ForRead(ReadPreference.PrimaryPreferred);
        if (selector.Select(Cluster.Description, Settings.LocalThreshold).Count == 0)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(EndSessionsTimeout);
        using var context = new OperationContext(this, "endSessions", "admin", null, session: null, timeout.Token);
        try
        {
            await using var channel = await GetChannelAsync(selector, context).ConfigureAwait(false);
            for (var start = 0; start < ids.Count; start += EndSessionsBatchSize)
            {
                var batch = new BsonArray(ids.Skip(start).Take(EndSessionsBatchSize));
                var request = new CommandRequest("admin", new BsonDocument("endSessions", batch)) { OmitSession = true, ReadPreference = ReadPreference.PrimaryPreferred };
                using var result = await channel.RunAsync(request, context).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is MongoException or OperationCanceledException or ObjectDisposedException)
        {
            DriverLogMessages.BackgroundCleanupFailed(Events.CommandLogger, "endSessions", Settings.Hosts[0], exception.Message);
        }
    }
}
