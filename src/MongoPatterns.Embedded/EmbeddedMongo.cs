using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MongoPatterns.Embedded.Commands;
using MongoPatterns.Embedded.Networking;

namespace MongoPatterns.Embedded;

/// <summary>
/// An in-process, MongoDB 7.0-compatible server on a TCP port: real MongoDB clients (drivers, mongosh, Mongoose)
/// connect to <see cref="ConnectionString"/>. Data lives in memory and disappears when the server is disposed.
/// </summary>
/// <example>
/// <code>
/// await using var server = await EmbeddedMongo.StartAsync();
/// var uri = server.ConnectionString; // mongodb://127.0.0.1:PORT/
/// </code>
/// </example>
public sealed class EmbeddedMongo : IAsyncDisposable, IDisposable
{
    private static readonly Lazy<EmbeddedMongo> SharedInstance = new(() => CreateShared(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ServerServices _services;
    private readonly MongoListener _listener;
    private readonly ITimer _ttlTimer;
    private readonly bool _isShared;
    private int _disposed;

    private EmbeddedMongo(EmbeddedMongoOptions options, IPAddress address, bool isShared)
    {
        Options = options;
        _isShared = isShared;
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        _services = new ServerServices(options, loggerFactory);
        try
        {
            var dispatcher = new CommandDispatcher(_services);
            _listener = MongoListener.Start(address, options.Port, _services, dispatcher);
        }
        catch
        {
            _services.Dispose();
            throw;
        }

        _ttlTimer = options.TimeProvider.CreateTimer(_ => RunTtlMonitor(), null, options.TtlMonitorInterval, options.TtlMonitorInterval);
        EndPoint = _listener.EndPoint;
        var host = EndPoint.Address switch
        {
            var any when any.Equals(IPAddress.Any) => "127.0.0.1",
            var any6 when any6.Equals(IPAddress.IPv6Any) => "[::1]",
            { AddressFamily: AddressFamily.InterNetworkV6 } v6 => "[" + v6 + "]",
            var v4 => v4.ToString(),
        };
        ConnectionString = $"mongodb://{host}:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/"
            + (options.ReplicaSetName is { } setName ? "?replicaSet=" + Uri.EscapeDataString(setName) : string.Empty);
    }

    /// <summary>
    /// Gets a process-wide server, started on first use, for test suites that share one server (isolate tests with
    /// distinct database names). It lives until the process exits: disposing it does nothing.
    /// </summary>
    public static EmbeddedMongo Shared => SharedInstance.Value;

    /// <summary>
    /// Gets the connection string: <c>mongodb://127.0.0.1:&lt;port&gt;/</c>, or
    /// <c>mongodb://127.0.0.1:&lt;port&gt;/?replicaSet=&lt;name&gt;</c> in replica set mode.
    /// </summary>
    public string ConnectionString { get; }

    /// <summary>Gets the end point the server listens on.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Gets the port the server listens on.</summary>
    public int Port => EndPoint.Port;

    /// <summary>Gets the options the server was started with.</summary>
    public EmbeddedMongoOptions Options { get; }

    /// <summary>Gets the internal services (storage, cursors) for in-process tests.</summary>
    internal ServerServices Services => _services;

    /// <summary>Starts a server. Binding the socket is synchronous, so this completes at once.</summary>
    /// <param name="options">The options; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="SocketException">The port cannot be bound.</exception>
    public static Task<EmbeddedMongo> StartAsync(EmbeddedMongoOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Start(options));
    }

    /// <summary>Starts a server.</summary>
    /// <param name="options">The options; defaults when null.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="SocketException">The port cannot be bound.</exception>
    public static EmbeddedMongo Start(EmbeddedMongoOptions? options = null)
    {
        options ??= new EmbeddedMongoOptions();
        var address = options.Validate();
        return new EmbeddedMongo(options, address, isShared: false);
    }

    /// <summary>Stops the server: closes the listener and every connection and waits for them.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Stops the server: closes the listener and every connection and waits for them.</summary>
    /// <returns>A task that completes when the server is stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_isShared || Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _ttlTimer.DisposeAsync().ConfigureAwait(false);
        await _listener.DisposeAsync().ConfigureAwait(false);
        _services.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => ConnectionString;

    private static EmbeddedMongo CreateShared()
    {
        var options = new EmbeddedMongoOptions();
        return new EmbeddedMongo(options, options.Validate(), isShared: true);
    }

    private void RunTtlMonitor()
    {
        try
        {
            _services.Storage.DeleteExpired(_services.UtcNow);
        }
        catch (Errors.MongoServerException)
        {
            // A failing delete (e.g. a concurrent drop) is retried on the next pass.
        }
    }
}
