using System.Diagnostics;
using Microsoft.Extensions.Logging;
using MongoPatterns.Driver.Core.ConnectionPools;
using MongoPatterns.Driver.Core.Connections;
using MongoPatterns.Driver.Core.Servers;
using MongoPatterns.Driver.Diagnostics;

namespace MongoPatterns.Driver.Core.Clusters;

/// <summary>
/// The deployment as the client sees it: one <see cref="Server"/> per known host, a topology type kept up to date from
/// the monitors' descriptions (a compact form of SDAM: single/standalone, direct connections, replica sets with primary
/// discovery and host lists, sharded clusters), and server selection with <c>serverSelectionTimeoutMS</c>.
/// </summary>
/// <remarks>
/// With <c>directConnection=true</c> the topology is Single. With one seed and no <c>replicaSet</c>, a standalone makes
/// it Single while a replica set member or mongos leads to discovery. Full SDAM (topologyVersion, election ids, SDAM
/// events, streaming monitors) can grow from here: descriptions, monitors and pools are already separate.
/// </remarks>
internal sealed class Cluster : IAsyncDisposable
{
    private readonly object _lock = new();
    private readonly MongoClientSettings _settings;
    private readonly ConnectionSettings _connectionSettings;
    private readonly ConnectionPoolSettings _poolSettings;
    private readonly EventPublisher _events;
    private readonly Func<MongoServerAddress, Action<ServerDescription>, IServerMonitor>? _monitorFactory;
    private readonly Dictionary<MongoServerAddress, Server> _servers = [];
    private readonly List<MongoServerAddress> _order = [];
    private readonly int _seedCount;
    private ClusterDescription _description;
    private TaskCompletionSource _changed = NewSignal();
    private bool _disposed;

    /// <summary>Creates the cluster and starts monitoring the seed list.</summary>
    /// <param name="settings">The client settings.</param>
    /// <param name="connectionSettings">The prepared connection settings.</param>
    /// <param name="events">The client's event publisher.</param>
    /// <param name="monitorFactory">Creates server monitors (tests); <see langword="null"/> for polling monitors.</param>
    public Cluster(MongoClientSettings settings, ConnectionSettings connectionSettings, EventPublisher events, Func<MongoServerAddress, Action<ServerDescription>, IServerMonitor>? monitorFactory = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _connectionSettings = connectionSettings;
        _poolSettings = ConnectionPoolSettings.FromClientSettings(settings);
        _events = events;
        _monitorFactory = monitorFactory;
        _seedCount = settings.Hosts.Count;
        var type = settings.DirectConnection == true ? ClusterType.Single
            : settings.ReplicaSet is not null ? ClusterType.ReplicaSetNoPrimary
            : ClusterType.Unknown;
        _description = new ClusterDescription(type, settings.ReplicaSet, []);
        lock (_lock)
        {
            foreach (var host in settings.Hosts)
            {
                AddServerLocked(host);
            }

            Publish(type, settings.ReplicaSet);
        }

        foreach (var server in Servers)
        {
            server.Start();
        }
    }

    /// <summary>Gets the current description.</summary>
    public ClusterDescription Description => Volatile.Read(ref _description);

    /// <summary>Gets the cluster clock.</summary>
    public ClusterClock Clock { get; } = new();

    /// <summary>Gets the servers (a snapshot).</summary>
    public IReadOnlyList<Server> Servers
    {
        get
        {
            lock (_lock)
            {
                return _order.Select(address => _servers[address]).ToArray();
            }
        }
    }

    /// <summary>Selects a server, waiting for the topology to change while none is suitable.</summary>
    /// <param name="selector">What the operation needs.</param>
    /// <param name="operationName">The operation, for log messages.</param>
    /// <param name="operationId">The operation id, for log messages.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The server.</returns>
    /// <exception cref="MongoTimeoutException">No suitable server within <c>serverSelectionTimeoutMS</c>.</exception>
    /// <exception cref="MongoIncompatibleDriverException">A server's wire version is not supported.</exception>
    public async Task<Server> SelectServerAsync(ServerSelector selector, string operationName, long operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var logger = _events.ServerSelectionLogger;
        var started = Stopwatch.GetTimestamp();
        var timeout = _settings.ServerSelectionTimeout;
        if (logger.IsEnabled(LogLevel.Debug))
        {
            ServerSelectionLogMessages.Started(logger, operationName, operationId, selector, Description);
        }

        var loggedWaiting = false;
        while (true)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Task changed;
            ClusterDescription description;
            lock (_lock)
            {
                changed = _changed.Task;
                description = _description;
            }

            if (description.CompatibilityError is { } incompatibility)
            {
                LogFailed(operationName, operationId, selector, description, incompatibility);
                throw new MongoIncompatibleDriverException(incompatibility);
            }

            var candidates = selector.Select(description, _settings.LocalThreshold);
            if (Pick(candidates) is { } server)
            {
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    ServerSelectionLogMessages.Succeeded(logger, operationName, operationId, server.Address.Host, server.Address.HostType == MongoHostType.UnixDomainSocket ? null : server.Address.Port, selector, description);
                }

                return server;
            }

            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                var message = $"A timeout occurred after {timeout.TotalMilliseconds:0} ms selecting a server for {operationName} ({selector}). "
                    + $"Client view of the deployment: {description}. "
                    + "Check that the server is running and reachable, and the connection string (hosts, replicaSet, directConnection, TLS, credentials).";
                LogFailed(operationName, operationId, selector, description, message);
                throw new MongoTimeoutException(message, description.Servers.Select(s => s.Error).FirstOrDefault(error => error is not null));
            }

            if (!loggedWaiting && logger.IsEnabled(LogLevel.Information))
            {
                ServerSelectionLogMessages.Waiting(logger, operationName, operationId, (long)remaining.TotalMilliseconds, selector, description);
            }

            loggedWaiting = true;
            foreach (var candidate in Servers)
            {
                candidate.RequestCheck();
            }

            try
            {
                await changed.WaitAsync(remaining, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Loop once more to report the final state.
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Server[] servers;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            servers = _servers.Values.ToArray();
            _servers.Clear();
            _order.Clear();
            _changed.TrySetResult();
        }

        foreach (var server in servers)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Server? Pick(IReadOnlyList<ServerDescription> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        Server? Find(ServerDescription description)
        {
            lock (_lock)
            {
                return _servers.GetValueOrDefault(description.Address);
            }
        }

        if (candidates.Count == 1)
        {
            return Find(candidates[0]);
        }

        // Two random candidates; the one with fewer operations in progress wins (multi-threaded selection).
        var first = Find(candidates[Random.Shared.Next(candidates.Count)]);
        var second = Find(candidates[Random.Shared.Next(candidates.Count)]);
        if (first is null || second is null)
        {
            return first ?? second;
        }

        return second.OperationCount < first.OperationCount ? second : first;
    }

    private void LogFailed(string operationName, long operationId, ServerSelector selector, ClusterDescription description, string failure)
    {
        if (_events.ServerSelectionLogger.IsEnabled(LogLevel.Debug))
        {
            ServerSelectionLogMessages.Failed(_events.ServerSelectionLogger, operationName, operationId, failure, selector, description);
        }
    }

    private void OnServerDescriptionChanged(ServerDescription server)
    {
        List<Server> removed = [];
        List<Server> added = [];
        lock (_lock)
        {
            if (_disposed || !_servers.ContainsKey(server.Address))
            {
                return;
            }

            var type = _description.Type;
            var setName = _description.SetName;
            switch (type)
            {
                case ClusterType.Single:
                    break;
                case ClusterType.Unknown:
                    type = server.Type switch
                    {
                        ServerType.Standalone when _seedCount == 1 => ClusterType.Single,
                        ServerType.Standalone => Remove(server.Address, removed, type),
                        ServerType.Mongos => ClusterType.Sharded,
                        ServerType.RSPrimary or ServerType.RSSecondary or ServerType.RSArbiter or ServerType.RSOther => ClusterType.ReplicaSetNoPrimary,
                        _ => type,
                    };
                    if (type == ClusterType.ReplicaSetNoPrimary)
                    {
                        setName = server.SetName;
                        UpdateReplicaSetLocked(server, added, removed);
                    }

                    break;
                case ClusterType.Sharded:
                    if (server.Type is not (ServerType.Unknown or ServerType.Mongos))
                    {
                        Remove(server.Address, removed, type);
                    }

                    break;
                case ClusterType.ReplicaSetNoPrimary or ClusterType.ReplicaSetWithPrimary:
                    if (server.Type is ServerType.Standalone or ServerType.Mongos
                        || (server.SetName is not null && setName is not null && server.SetName != setName))
                    {
                        Remove(server.Address, removed, type);
                    }
                    else if (server.IsKnown && server.Type != ServerType.RSGhost)
                    {
                        setName ??= server.SetName;
                        UpdateReplicaSetLocked(server, added, removed);
                    }

                    break;
            }

            if (type is ClusterType.ReplicaSetNoPrimary or ClusterType.ReplicaSetWithPrimary)
            {
                type = _servers.Values.Any(candidate => CurrentDescription(candidate).Type == ServerType.RSPrimary)
                    ? ClusterType.ReplicaSetWithPrimary
                    : ClusterType.ReplicaSetNoPrimary;
            }

            Publish(type, setName, server);
        }

        foreach (var server2 in added)
        {
            server2.Start();
        }

        foreach (var gone in removed)
        {
            _ = gone.DisposeAsync().AsTask();
        }
    }

    private static ServerDescription CurrentDescription(Server server) => server.Description;

    private void UpdateReplicaSetLocked(ServerDescription server, List<Server> added, List<Server> removed)
    {
        if (server.Type == ServerType.RSPrimary)
        {
            // Another server that still claims to be primary is stale: forget what it said until it is checked again.
            foreach (var other in _servers.Values)
            {
                if (!other.Address.Equals(server.Address) && other.Description.Type == ServerType.RSPrimary)
                {
                    other.RequestCheck();
                }
            }
        }

        foreach (var member in server.Members)
        {
            if (TryParseAddress(member, out var address) && !_servers.ContainsKey(address))
            {
                added.Add(AddServerLocked(address));
            }
        }

        if (server.Type == ServerType.RSPrimary && server.Members.Count > 0)
        {
            foreach (var address in _order.ToArray())
            {
                if (!server.Members.Contains(address.ToString().ToLowerInvariant(), StringComparer.Ordinal))
                {
                    Remove(address, removed, ClusterType.ReplicaSetWithPrimary);
                }
            }
        }
    }

    private static bool TryParseAddress(string hostAndPort, out MongoServerAddress address)
    {
        try
        {
            var colon = hostAndPort.LastIndexOf(':');
            address = colon > 0 && !hostAndPort.EndsWith(']') && int.TryParse(hostAndPort.AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture, out var port)
                ? new MongoServerAddress(hostAndPort[..colon], port)
                : new MongoServerAddress(hostAndPort);
            return true;
        }
        catch (ArgumentException)
        {
            address = null!;
            return false;
        }
    }

    private ClusterType Remove(MongoServerAddress address, List<Server> removed, ClusterType type)
    {
        if (_servers.Remove(address, out var server))
        {
            _order.Remove(address);
            removed.Add(server);
        }

        return type;
    }

    private Server AddServerLocked(MongoServerAddress address)
    {
        var server = new Server(
            address,
            _poolSettings,
            _connectionSettings,
            _settings.HeartbeatFrequency,
            _events,
            OnServerDescriptionChanged,
            _monitorFactory is null ? null : callback => _monitorFactory(address, callback));
        _servers[address] = server;
        _order.Add(address);
        return server;
    }

    private void Publish(ClusterType type, string? setName, ServerDescription? changed = null)
    {
        var descriptions = _order.Select(address => changed is not null && address.Equals(changed.Address) ? changed : _servers[address].Description).ToArray();
        Volatile.Write(ref _description, new ClusterDescription(type, setName, descriptions));
        var signal = _changed;
        _changed = NewSignal();
        signal.TrySetResult();
    }
}
