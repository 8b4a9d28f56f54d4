using System.Net;
using System.Net.Sockets;
using MongoPatterns.Driver.Core.Connections;

namespace MongoPatterns.Driver.Tests.Core.Connections;

/// <summary>Opening streams: the connect timeout covers the TLS handshake, and cancellation is honoured.</summary>
public sealed class StreamFactoryTests
{
    [Fact]
    public async Task Connect_TlsHandshakeNeverAnswered_TimesOutAfterConnectTimeout()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var accepted = listener.AcceptAsync();
        var tls = TlsConfiguration.Create(new MongoClientSettings { UseTls = true });
        var started = DateTime.UtcNow;

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => StreamFactory.ConnectAsync(new MongoServerAddress("127.0.0.1", port), TimeSpan.FromMilliseconds(300), tls, CancellationToken.None));

        Assert.Contains("connectTimeoutMS", exception.Message, StringComparison.Ordinal);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
        (await accepted).Dispose();
    }

    [Fact]
    public async Task Connect_Cancelled_ThrowsOperationCanceled()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var tls = TlsConfiguration.Create(new MongoClientSettings { UseTls = true });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StreamFactory.ConnectAsync(new MongoServerAddress("127.0.0.1", port), TimeSpan.FromSeconds(30), tls, cancellation.Token));
    }

    [Fact]
    public async Task Connect_NothingListening_ThrowsSocketException()
    {
        int port;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }

        await Assert.ThrowsAsync<SocketException>(() => StreamFactory.ConnectAsync(new MongoServerAddress("127.0.0.1", port), TimeSpan.FromSeconds(5), null, CancellationToken.None));
    }
}
