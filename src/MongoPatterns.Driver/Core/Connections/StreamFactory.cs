using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace MongoPatterns.Driver.Core.Connections;

/// <summary>
/// Opens the byte stream to a server: TCP (<see cref="Socket"/> with <c>NoDelay</c> and keep-alive, every resolved
/// address tried in turn) or a Unix domain socket, wrapped in <see cref="SslStream"/> when TLS is on. The whole
/// connect, TLS handshake included, is bounded by <c>connectTimeoutMS</c>.
/// </summary>
internal static class StreamFactory
{
    private const int KeepAliveSeconds = 120;

    /// <summary>Connects to <paramref name="address"/>.</summary>
    /// <param name="address">The server.</param>
    /// <param name="connectTimeout">The connect timeout; zero for none.</param>
    /// <param name="tls">The TLS configuration, or <see langword="null"/> for a plain connection.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>The connected stream.</returns>
    /// <exception cref="TimeoutException">The connect timeout elapsed.</exception>
    /// <exception cref="SocketException">No address could be connected to.</exception>
    /// <exception cref="AuthenticationException">The TLS handshake failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<Stream> ConnectAsync(MongoServerAddress address, TimeSpan connectTimeout, TlsConfiguration? tls, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (connectTimeout > TimeSpan.Zero)
        {
            timeout.CancelAfter(connectTimeout);
        }

        Stream? stream = null;
        try
        {
            var socket = await ConnectSocketAsync(address, timeout.Token).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: true);
            if (tls is not null)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                await ssl.AuthenticateAsClientAsync(tls.CreateOptions(address.Host), timeout.Token).ConfigureAwait(false);
            }

            return stream;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            throw new TimeoutException($"Timed out after {connectTimeout.TotalMilliseconds:0} ms connecting to {address} (connectTimeoutMS).");
        }
        catch
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    private static async Task<Socket> ConnectSocketAsync(MongoServerAddress address, CancellationToken cancellationToken)
    {
        if (address.HostType == MongoHostType.UnixDomainSocket)
        {
            var unixSocket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await unixSocket.ConnectAsync(new UnixDomainSocketEndPoint(address.Host), cancellationToken).ConfigureAwait(false);
                return unixSocket;
            }
            catch
            {
                unixSocket.Dispose();
                throw;
            }
        }

        var addresses = IPAddress.TryParse(address.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(address.Host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        Exception? lastError = null;
        foreach (var ip in addresses.OrderBy(ip => ip.AddressFamily == AddressFamily.InterNetwork ? 0 : 1))
        {
            var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                ConfigureKeepAlive(socket);
                await socket.ConnectAsync(new IPEndPoint(ip, address.Port), cancellationToken).ConfigureAwait(false);
                return socket;
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                lastError = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw lastError!;
    }

    private static void ConfigureKeepAlive(Socket socket)
    {
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime, KeepAliveSeconds);
            socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveInterval, 10);
        }
        catch (SocketException)
        {
            // Some platforms do not let the keep-alive timing be changed; the system defaults then apply.
        }
    }
}
