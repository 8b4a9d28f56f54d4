using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.WireProtocol;

namespace MongoPatterns.Driver.Tests.Fakes;

/// <summary>
/// A scripted MongoDB server on loopback for pool and protocol tests: it answers the legacy hello handshake (OP_QUERY,
/// OP_REPLY) and OP_MSG commands with <see cref="Hello"/> or whatever <see cref="Handler"/> returns, records every
/// request, and can delay handshakes, stay silent or drop connections. Its message parsing is written independently of
/// the driver's, so tests check the driver's encoding.
/// </summary>
public sealed class FakeMongoServer : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly X509Certificate2? _certificate;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<int, Socket> _clients = new();
    private readonly Task _acceptLoop;
    private int _connectionNumber;
    private int _handshakesInProgress;
    private int _maxHandshakesInProgress;
    private int _lastReplyId;

    /// <summary>Starts a server on a free loopback port, or on a Unix domain socket, optionally with TLS.</summary>
    /// <param name="unixSocketPath">The socket path to listen on instead of TCP, or <see langword="null"/>.</param>
    /// <param name="certificate">The server certificate (with its key) to speak TLS, or <see langword="null"/> for plain TCP.</param>
    public FakeMongoServer(string? unixSocketPath = null, X509Certificate2? certificate = null)
    {
        _certificate = certificate;
        if (unixSocketPath is null)
        {
            _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            Port = ((IPEndPoint)_listener.LocalEndPoint!).Port;
        }
        else
        {
            _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            _listener.Bind(new UnixDomainSocketEndPoint(unixSocketPath));
            UnixSocketPath = unixSocketPath;
        }

        _listener.Listen(100);
        _acceptLoop = Task.Run(AcceptAsync);
    }

    /// <summary>Gets the port (0 for a Unix domain socket).</summary>
    public int Port { get; }

    /// <summary>Gets the Unix domain socket path, when listening on one.</summary>
    public string? UnixSocketPath { get; }

    /// <summary>Gets or sets the reply to hello and legacy hello (a standalone on wire version 21 by default).</summary>
    public BsonDocument Hello { get; set; } = new()
    {
        { "ismaster", true },
        { "isWritablePrimary", true },
        { "helloOk", true },
        { "maxBsonObjectSize", 16 * 1024 * 1024 },
        { "maxMessageSizeBytes", 48_000_000 },
        { "maxWriteBatchSize", 100_000 },
        { "minWireVersion", 0 },
        { "maxWireVersion", 21 },
        { "ok", 1 },
    };

    /// <summary>Gets or sets how long handshake replies (OP_QUERY legacy hello) are delayed.</summary>
    public TimeSpan HandshakeDelay { get; set; }

    /// <summary>Gets or sets the handler of commands other than the handshake; <see langword="null"/> means the defaults.</summary>
    public Func<FakeRequest, Task<FakeReply>>? Handler { get; set; }

    /// <summary>Gets the subjects of the client certificates presented in TLS handshakes.</summary>
    public ConcurrentQueue<string> ClientCertificateSubjects { get; } = new();

    /// <summary>Gets every request received, in order.</summary>
    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    /// <summary>Gets the number of connections accepted so far.</summary>
    public int ConnectionCount => Volatile.Read(ref _connectionNumber);

    /// <summary>Gets the most handshakes that were in progress at the same time.</summary>
    public int MaxConcurrentHandshakes => Volatile.Read(ref _maxHandshakesInProgress);

    /// <summary>Gets a connection string for a direct connection with fast monitoring.</summary>
    public string ConnectionString(string options = "") =>
        $"mongodb://{(UnixSocketPath is null ? "127.0.0.1:" + Port : Uri.EscapeDataString(UnixSocketPath))}/?directConnection=true&heartbeatFrequencyMS=500&serverSelectionTimeoutMS=5000{(options.Length > 0 ? "&" + options : string.Empty)}";

    /// <summary>Returns the OP_MSG requests with a command name.</summary>
    public List<FakeRequest> Commands(string commandName) => Requests.Where(request => !request.IsLegacyQuery && request.CommandName == commandName).ToList();

    /// <summary>The default answer to a command.</summary>
    public static BsonDocument DefaultReply(FakeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.CommandName switch
        {
            "find" or "aggregate" or "listCollections" or "listIndexes" => new BsonDocument
            {
                { "cursor", new BsonDocument { { "id", 0L }, { "ns", "db.coll" }, { "firstBatch", new BsonArray() } } },
                { "ok", 1 },
            },
            "insert" or "delete" => new BsonDocument { { "n", SequenceCount(request) }, { "ok", 1 } },
            "update" => new BsonDocument { { "n", SequenceCount(request) }, { "nModified", SequenceCount(request) }, { "ok", 1 } },
            _ => new BsonDocument("ok", 1),
        };
    }

    /// <summary>Closes every open connection abruptly (as if the server restarted).</summary>
    public void DropAllConnections()
    {
        foreach (var client in _clients.Values)
        {
            try
            {
                if (UnixSocketPath is null)
                {
                    client.LingerState = new LingerOption(true, 0);
                }

                client.Close();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                // Already closed.
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Close();
        DropAllConnections();
        if (UnixSocketPath is not null)
        {
            File.Delete(UnixSocketPath);
        }
        try
        {
            await _acceptLoop;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stopping.Dispose();
    }

    private static int SequenceCount(FakeRequest request) => request.Sequences.Values.FirstOrDefault()?.Count ?? 0;

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var number = Interlocked.Increment(ref _connectionNumber);
            _clients[number] = client;
            _ = Task.Run(() => ServeAsync(number, client));
        }
    }

    private async Task ServeAsync(int number, Socket client)
    {
        try
        {
            await using Stream stream = _certificate is null ? new NetworkStream(client, ownsSocket: true) : await AuthenticateAsync(client);
            {
                while (!_stopping.IsCancellationRequested)
                {
                    var message = await ReadMessageAsync(stream, _stopping.Token);
                    if (message is null)
                    {
                        return;
                    }

                    var request = Parse(number, message);
                    Requests.Enqueue(request);
                    if (request.IsLegacyQuery)
                    {
                        await AnswerHandshakeAsync(stream, request);
                        continue;
                    }

                    var reply = await HandleAsync(request);
                    if (reply.CloseConnection)
                    {
                        if (UnixSocketPath is null)
                        {
                            client.LingerState = new LingerOption(true, 0);
                        }

                        return;
                    }

                    if (reply.Silent || request.MoreToCome)
                    {
                        continue;
                    }

                    await stream.WriteAsync(EncodeOpMsg(request.RequestId, reply.Document!, reply.Checksum), _stopping.Token);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or OperationCanceledException or System.Security.Authentication.AuthenticationException)
        {
            // The client went away (or refused the TLS handshake).
        }
        finally
        {
            _clients.TryRemove(number, out _);
        }
    }

    private async Task<Stream> AuthenticateAsync(Socket client)
    {
        var ssl = new SslStream(new NetworkStream(client, ownsSocket: true), leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsServerAsync(
                new SslServerAuthenticationOptions
                {
                    ServerCertificate = _certificate,
                    ClientCertificateRequired = true,
                    RemoteCertificateValidationCallback = RecordClientCertificate,
                },
                _stopping.Token);
            if (ssl.RemoteCertificate is { } clientCertificate)
            {
                ClientCertificateSubjects.Enqueue(clientCertificate.Subject);
            }

            return ssl;
        }
        catch
        {
            await ssl.DisposeAsync();
            throw;
        }
    }

    // The fake server only records the client certificate; whether it is trusted is not what these tests check.
    private static bool RecordClientCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        errors is SslPolicyErrors.None or SslPolicyErrors.RemoteCertificateNotAvailable or SslPolicyErrors.RemoteCertificateChainErrors;

    private async Task AnswerHandshakeAsync(Stream stream, FakeRequest request)
    {
        var inProgress = Interlocked.Increment(ref _handshakesInProgress);
        int max;
        while ((max = Volatile.Read(ref _maxHandshakesInProgress)) < inProgress && Interlocked.CompareExchange(ref _maxHandshakesInProgress, inProgress, max) != max)
        {
        }

        try
        {
            if (HandshakeDelay > TimeSpan.Zero)
            {
                await Task.Delay(HandshakeDelay, _stopping.Token);
            }

            var hello = new BsonDocument(Hello.Elements).Set("connectionId", request.ConnectionNumber);
            await stream.WriteAsync(EncodeOpReply(request.RequestId, hello), _stopping.Token);
        }
        finally
        {
            Interlocked.Decrement(ref _handshakesInProgress);
        }
    }

    private async Task<FakeReply> HandleAsync(FakeRequest request)
    {
        if (request.CommandName is "hello" or "isMaster" or "ismaster")
        {
            return FakeReply.With(new BsonDocument(Hello.Elements).Set("connectionId", request.ConnectionNumber));
        }

        return Handler is null ? FakeReply.With(DefaultReply(request)) : await Handler(request);
    }

    private static async Task<byte[]?> ReadMessageAsync(Stream stream, CancellationToken cancellationToken)
    {
        var lengthBytes = new byte[4];
        try
        {
            await stream.ReadExactlyAsync(lengthBytes, cancellationToken);
        }
        catch (EndOfStreamException)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(lengthBytes);
        var message = new byte[length];
        lengthBytes.CopyTo(message, 0);
        await stream.ReadExactlyAsync(message.AsMemory(4), cancellationToken);
        return message;
    }

    private static FakeRequest Parse(int number, byte[] message)
    {
        var requestId = BinaryPrimitives.ReadInt32LittleEndian(message.AsSpan(4));
        var opCode = BinaryPrimitives.ReadInt32LittleEndian(message.AsSpan(12));
        if (opCode == 2004)
        {
            var position = 20;
            while (message[position] != 0)
            {
                position++;
            }

            position += 1 + 8;
            var size = BinaryPrimitives.ReadInt32LittleEndian(message.AsSpan(position));
            return new FakeRequest(number, requestId, true, 0, BsonDocument.FromBson(message.AsSpan(position, size)), new Dictionary<string, List<BsonDocument>>());
        }

        var flags = BinaryPrimitives.ReadUInt32LittleEndian(message.AsSpan(16));
        var end = message.Length - ((flags & 1) != 0 ? 4 : 0);
        var offset = 20;
        BsonDocument? body = null;
        var sequences = new Dictionary<string, List<BsonDocument>>();
        while (offset < end)
        {
            var kind = message[offset++];
            var size = BinaryPrimitives.ReadInt32LittleEndian(message.AsSpan(offset));
            if (kind == 0)
            {
                body = BsonDocument.FromBson(message.AsSpan(offset, size));
            }
            else
            {
                var identifierEnd = Array.IndexOf(message, (byte)0, offset + 4);
                var identifier = Encoding.UTF8.GetString(message, offset + 4, identifierEnd - offset - 4);
                var documents = new List<BsonDocument>();
                var position = identifierEnd + 1;
                while (position < offset + size)
                {
                    var documentSize = BinaryPrimitives.ReadInt32LittleEndian(message.AsSpan(position));
                    documents.Add(BsonDocument.FromBson(message.AsSpan(position, documentSize)));
                    position += documentSize;
                }

                sequences[identifier] = documents;
            }

            offset += size;
        }

        return new FakeRequest(number, requestId, false, flags, body ?? throw new InvalidDataException("no body"), sequences);
    }

    private byte[] EncodeOpMsg(int responseTo, BsonDocument reply, FakeReply.ChecksumMode checksum)
    {
        var body = reply.ToBson();
        var withChecksum = checksum != FakeReply.ChecksumMode.None;
        var length = 16 + 4 + 1 + body.Length + (withChecksum ? 4 : 0);
        var message = new byte[length];
        BinaryPrimitives.WriteInt32LittleEndian(message, length);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(4), Interlocked.Increment(ref _lastReplyId));
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(8), responseTo);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(12), 2013);
        BinaryPrimitives.WriteUInt32LittleEndian(message.AsSpan(16), withChecksum ? 1u : 0u);
        message[20] = 0;
        body.CopyTo(message, 21);
        if (withChecksum)
        {
            var crc = Crc32C.Compute(message.AsSpan(0, length - 4));
            BinaryPrimitives.WriteUInt32LittleEndian(message.AsSpan(length - 4), checksum == FakeReply.ChecksumMode.Valid ? crc : crc ^ 0xDEADBEEF);
        }

        return message;
    }

    private byte[] EncodeOpReply(int responseTo, BsonDocument reply)
    {
        var body = reply.ToBson();
        var length = 16 + 4 + 8 + 4 + 4 + body.Length;
        var message = new byte[length];
        BinaryPrimitives.WriteInt32LittleEndian(message, length);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(4), Interlocked.Increment(ref _lastReplyId));
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(8), responseTo);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(12), 1);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(32), 1);
        body.CopyTo(message, 36);
        return message;
    }
}
