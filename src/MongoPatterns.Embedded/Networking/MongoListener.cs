using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using MongoPatterns.Embedded.Commands;

namespace MongoPatterns.Embedded.Networking;

/// <summary>The TCP listener: accepts connections and runs one task per connection; stops gracefully.</summary>
internal sealed partial class MongoListener : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly ServerServices _services;
    private readonly CommandDispatcher _dispatcher;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _shutdown = new();
    private readonly ConcurrentDictionary<long, (ClientConnection Connection, Task Task)> _connections = new();
    private Task? _acceptLoop;

    private MongoListener(Socket socket, ServerServices services, CommandDispatcher dispatcher)
    {
        _socket = socket;
        _services = services;
        _dispatcher = dispatcher;
        _logger = services.LoggerFactory.CreateLogger("MongoPatterns.Embedded.Connections");
        EndPoint = (IPEndPoint)socket.LocalEndPoint!;
        services.ShutdownToken = _shutdown.Token;
    }

    /// <summary>Gets the bound end point (with the actual port when 0 was asked for).</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Binds the socket and starts accepting.</summary>
    /// <param name="address">The address to bind.</param>
    /// <param name="port">The port (0 for an ephemeral port).</param>
    /// <param name="services">The server services.</param>
    /// <param name="dispatcher">The dispatcher.</param>
    /// <returns>The running listener.</returns>
    public static MongoListener Start(IPAddress address, int port, ServerServices services, CommandDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(services);
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (address.Equals(IPAddress.IPv6Any))
            {
                socket.DualMode = true;
            }

            if (!OperatingSystem.IsWindows())
            {
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            }

            socket.Bind(new IPEndPoint(address, port));
            socket.Listen(512);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var listener = new MongoListener(socket, services, dispatcher);
        services.HostAndPort = FormatHost(listener.EndPoint);
        listener._acceptLoop = Task.Run(listener.AcceptLoopAsync);
        return listener;
    }

    /// <summary>Formats an end point as <c>host:port</c> (IPv6 in brackets).</summary>
    /// <param name="endPoint">The end point.</param>
    /// <returns>The text.</returns>
    public static string FormatHost(IPEndPoint endPoint)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var host = endPoint.Address.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + endPoint.Address + "]" : endPoint.Address.ToString();
        return host + ":" + endPoint.Port.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Stops accepting, closes every connection and waits for the handlers.</summary>
    /// <returns>A task that completes when everything is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_shutdown.IsCancellationRequested)
        {
            return;
        }

        await _shutdown.CancelAsync().ConfigureAwait(false);
        _socket.Close();
        if (_acceptLoop is not null)
        {
            await _acceptLoop.ConfigureAwait(false);
        }

        foreach (var (connection, _) in _connections.Values)
        {
            connection.Close();
        }

        var tasks = _connections.Values.Select(c => c.Task).ToArray();
        try
        {
            await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogShutdownTimeout(_logger, tasks.Count(t => !t.IsCompleted));
        }

        _shutdown.Dispose();
    }

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "{Count} connection handlers did not finish within the shutdown grace period")]
    private static partial void LogShutdownTimeout(ILogger logger, int count);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Accepting a connection failed: {Reason}")]
    private static partial void LogAcceptFailed(ILogger logger, string reason);

    private async Task AcceptLoopAsync()
    {
        var token = _shutdown.Token;
        while (!token.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _socket.AcceptAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (ObjectDisposedException)
            {
                break;
            }
            catch (SocketException exception)
            {
                if (token.IsCancellationRequested)
                {
                    break;
                }

                LogAcceptFailed(_logger, exception.SocketErrorCode.ToString());
                continue;
            }

            client.NoDelay = true;
            var id = _services.ConnectionOpened();
            var remote = client.RemoteEndPoint is IPEndPoint ip ? FormatHost(ip) : "unknown";
            var connection = new ClientConnection(client, new ConnectionInfo(id, remote), _dispatcher, _logger);
            var placeholder = (connection, Task.CompletedTask);
            _connections[id] = placeholder;
            var task = Task.Run(async () =>
            {
                try
                {
                    await connection.RunAsync(token).ConfigureAwait(false);
                }
                finally
                {
                    _services.ConnectionClosed();
                    _connections.TryRemove(id, out _);
                }
            });
            _connections.TryUpdate(id, (connection, task), placeholder);
        }
    }
}
