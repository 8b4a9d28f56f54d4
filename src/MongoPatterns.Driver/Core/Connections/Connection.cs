using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Authentication;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Driver.Authentication;
using MongoPatterns.Driver.Core.Servers;
using MongoPatterns.Driver.Core.WireProtocol;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver.Core.Connections;

/// <summary>
/// One network connection to a server: connects, performs the handshake (legacy hello over OP_QUERY, then OP_MSG) and
/// authentication, and sends and receives messages. Not thread-safe: one operation at a time.
/// </summary>
/// <remarks>
/// Any network failure, timeout or cancellation during a read or write marks the connection broken: a half-read reply
/// cannot be recovered, so the pool closes it instead of reusing it. Cancellation surfaces as
/// <see cref="OperationCanceledException"/>; network failures and socket timeouts as <see cref="MongoConnectionException"/>.
/// </remarks>
internal sealed class Connection : IAuthenticationChannel, IAsyncDisposable
{
    private const int MinimumReplySize = MessageHeader.Size + 5;
    private static long s_lastId;

    private readonly ConnectionSettings _settings;
    private readonly byte[] _lengthBuffer = new byte[sizeof(int)];
    private Stream? _stream;
    private volatile bool _broken;
    private int _disposed;

    /// <summary>Creates an unopened connection.</summary>
    /// <param name="serverAddress">The server.</param>
    /// <param name="settings">The client's connection settings.</param>
    /// <param name="generation">The pool generation the connection belongs to.</param>
    public Connection(MongoServerAddress serverAddress, ConnectionSettings settings, int generation)
    {
        ArgumentNullException.ThrowIfNull(serverAddress);
        ArgumentNullException.ThrowIfNull(settings);
        ServerAddress = serverAddress;
        _settings = settings;
        Generation = generation;
        Id = Interlocked.Increment(ref s_lastId);
        LastUsedTimestamp = Stopwatch.GetTimestamp();
    }

    /// <summary>Gets the driver's id of the connection.</summary>
    public long Id { get; }

    /// <inheritdoc />
    public MongoServerAddress ServerAddress { get; }

    /// <summary>Gets the pool generation the connection was created in.</summary>
    public int Generation { get; }

    /// <summary>Gets the handshake reply, once open.</summary>
    public ServerDescription? Description { get; private set; }

    /// <summary>Gets the server's id of the connection, when reported.</summary>
    public long? ServerConnectionId => Description?.ServerConnectionId;

    /// <summary>Gets a value indicating whether the connection failed and must not be reused.</summary>
    public bool IsBroken => _broken || Volatile.Read(ref _disposed) != 0;

    /// <summary>Gets the <see cref="Stopwatch"/> timestamp of the last use (for idle expiry).</summary>
    public long LastUsedTimestamp { get; private set; }

    /// <summary>Gets the largest message the server accepts.</summary>
    public int MaxMessageSize => Description?.MaxMessageSize ?? ServerDescription.DefaultMaxMessageSize;

    /// <summary>Gets the largest document the server accepts.</summary>
    public int MaxBsonObjectSize => Description?.MaxBsonObjectSize ?? ServerDescription.DefaultMaxBsonObjectSize;

    /// <summary>Gets the largest write batch the server accepts.</summary>
    public int MaxWriteBatchSize => Description?.MaxWriteBatchSize ?? ServerDescription.DefaultMaxWriteBatchSize;

    /// <summary>Marks the connection unusable.</summary>
    public void MarkBroken() => _broken = true;

    /// <summary>Connects, performs the handshake and, when <paramref name="authenticate"/> and a credential is set, authenticates.</summary>
    /// <param name="authenticate">Whether to authenticate (monitoring connections do not).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The handshake round trip time.</returns>
    /// <exception cref="MongoConnectionException">The connection could not be opened or the handshake failed on the network.</exception>
    /// <exception cref="MongoIncompatibleDriverException">The server's wire versions are not supported.</exception>
    /// <exception cref="MongoAuthenticationException">Authentication failed.</exception>
    public async Task<TimeSpan> OpenAsync(bool authenticate, CancellationToken cancellationToken)
    {
        // The whole establishment (connect, TLS, handshake, authentication) is bounded by connectTimeoutMS.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_settings.ConnectTimeout > TimeSpan.Zero)
        {
            timeout.CancelAfter(_settings.ConnectTimeout);
        }

        try
        {
            return await EstablishAsync(authenticate, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            MarkBroken();
            throw new MongoConnectionException(ServerAddress, Id,
                $"Timed out after {_settings.ConnectTimeout.TotalMilliseconds:0} ms establishing a connection to {ServerAddress} (connectTimeoutMS): the server did not complete the handshake.",
                new TimeoutException("The connect timeout elapsed.", exception));
        }
    }

    private async Task<TimeSpan> EstablishAsync(bool authenticate, CancellationToken cancellationToken)
    {
        try
        {
            _stream = await StreamFactory.ConnectAsync(ServerAddress, _settings.ConnectTimeout, _settings.Tls, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SocketException or IOException or TimeoutException or AuthenticationException)
        {
            MarkBroken();
            var hint = exception is AuthenticationException
                ? " Check the TLS options (tlsCAFile, tlsAllowInvalidCertificates, tlsAllowInvalidHostnames)."
                : " Check that the server is running and reachable, and the host and port.";
            throw new MongoConnectionException(ServerAddress, Id, $"Could not connect to {ServerAddress}: {exception.Message}.{hint}", exception);
        }

        var hello = new BsonDocument
        {
            { "isMaster", 1 },
            { "helloOk", true },
            { "client", _settings.ClientMetadata },
        };
        var authenticator = authenticate ? _settings.Authenticators?.Create() : null;
        authenticator?.CustomizeHandshake(hello);

        var started = Stopwatch.GetTimestamp();
        var request = new OpQueryRequest(hello);
        using (var buffer = new PooledBufferWriter(512))
        {
            request.Encode(buffer);
            await SendAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }

        BsonDocument reply;
        using (var response = await ReceiveAsync(request.RequestId, cancellationToken).ConfigureAwait(false))
        {
            reply = BsonDocument.FromBson(response.Body);
        }

        var roundTripTime = Stopwatch.GetElapsedTime(started);
        if (!CommandErrors.IsOk(reply))
        {
            MarkBroken();
            throw CommandErrors.FromReply(ServerAddress, "isMaster", reply, sensitive: authenticator is not null);
        }

        var description = ServerDescription.FromHello(ServerAddress, reply, roundTripTime);
        Description = description;
        if (description.CompatibilityError is { } incompatibility)
        {
            MarkBroken();
            throw new MongoIncompatibleDriverException(incompatibility);
        }

        if (authenticator is not null)
        {
            await authenticator.AuthenticateAsync(this, description, cancellationToken).ConfigureAwait(false);
            Description = description with { SpeculativeAuthenticate = null, SaslSupportedMechs = null };
        }

        return roundTripTime;
    }

    /// <summary>Runs <c>hello</c> (or legacy hello when the server did not say <c>helloOk</c>) for server monitoring.</summary>
    /// <returns>The reply and the round trip time.</returns>
    public async Task<(BsonDocument Reply, TimeSpan RoundTripTime)> CheckAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var command = new BsonDocument(Description?.HelloOk == true ? "hello" : "isMaster", 1);
        var reply = await RunCommandAsync("admin", command, cancellationToken).ConfigureAwait(false);
        return (reply, Stopwatch.GetElapsedTime(started));
    }

    /// <inheritdoc />
    public async Task<BsonDocument> RunCommandAsync(string databaseName, BsonDocument command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(databaseName);
        ArgumentNullException.ThrowIfNull(command);
        var body = new BsonDocument(command.Elements).Set("$db", databaseName);
        var request = new OpMsgRequest(body);
        using (var buffer = new PooledBufferWriter(256))
        {
            request.Encode(buffer, MaxBsonObjectSize, MaxMessageSize);
            await SendAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }

        using var response = await ReceiveAsync(request.RequestId, cancellationToken).ConfigureAwait(false);
        var reply = BsonDocument.FromBson(response.Body);
        if (!CommandErrors.IsOk(reply))
        {
            var name = command.GetElement(0).Name;
            throw CommandErrors.FromReply(ServerAddress, name, reply, SensitiveCommands.IsSensitive(name, command));
        }

        return reply;
    }

    /// <summary>Writes an encoded message.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        var stream = GetOpenStream();
        using var timeout = CreateSocketTimeout(cancellationToken);
        try
        {
            await stream.WriteAsync(message, timeout?.Token ?? cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(timeout?.Token ?? cancellationToken).ConfigureAwait(false);
            LastUsedTimestamp = Stopwatch.GetTimestamp();
        }
        catch (Exception exception) when (IsNetworkFailure(exception))
        {
            throw Fail(exception, "writing to", cancellationToken);
        }
    }

    /// <summary>Reads the next message, which must answer <paramref name="responseTo"/>.</summary>
    /// <returns>The reply; dispose it to return its buffer.</returns>
    public async Task<ResponseMessage> ReceiveAsync(int responseTo, CancellationToken cancellationToken)
    {
        var stream = GetOpenStream();
        using var timeout = CreateSocketTimeout(cancellationToken);
        var token = timeout?.Token ?? cancellationToken;
        byte[]? buffer = null;
        try
        {
            await stream.ReadExactlyAsync(_lengthBuffer, token).ConfigureAwait(false);
            var length = BinaryPrimitives.ReadInt32LittleEndian(_lengthBuffer);
            var limit = Math.Max(MaxMessageSize, ServerDescription.DefaultMaxMessageSize) + OpMsgRequest.CommandOverhead;
            if (length < MinimumReplySize || length > limit)
            {
                throw new InvalidDataException($"The server sent a message length of {length} bytes, outside the valid range {MinimumReplySize}..{limit}.");
            }

            buffer = ArrayPool<byte>.Shared.Rent(length);
            _lengthBuffer.CopyTo(buffer, 0);
            await stream.ReadExactlyAsync(buffer.AsMemory(sizeof(int), length - sizeof(int)), token).ConfigureAwait(false);
            LastUsedTimestamp = Stopwatch.GetTimestamp();

            var message = ResponseMessage.Parse(buffer, length);
            buffer = null;
            if (message.Header.ResponseTo != responseTo)
            {
                var actual = message.Header.ResponseTo;
                message.Dispose();
                throw new InvalidDataException($"The server answered request {actual} while request {responseTo} was expected.");
            }

            return message;
        }
        catch (Exception exception) when (IsNetworkFailure(exception))
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            throw Fail(exception, "reading from", cancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _broken = true;
        if (_stream is { } stream)
        {
            try
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or AuthenticationException)
            {
                // Closing a broken connection may fail; there is nothing left to do with it.
            }
        }
    }

    private static bool IsNetworkFailure(Exception exception) =>
        exception is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidDataException or AuthenticationException;

    private Stream GetOpenStream()
    {
        if (_stream is null || IsBroken)
        {
            throw new MongoConnectionException(ServerAddress, Id, $"Connection {Id} to {ServerAddress} is closed or broken and cannot be used.");
        }

        return _stream;
    }

    private CancellationTokenSource? CreateSocketTimeout(CancellationToken cancellationToken)
    {
        if (_settings.SocketTimeout <= TimeSpan.Zero)
        {
            return null;
        }

        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(_settings.SocketTimeout);
        return source;
    }

    private Exception Fail(Exception exception, string direction, CancellationToken cancellationToken)
    {
        MarkBroken();
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            // The caller cancelled: a partly read or written message cannot be resumed, so the connection is closed.
            return new OperationCanceledException($"The operation was cancelled while {direction} {ServerAddress}; the connection was closed.", exception, cancellationToken);
        }

        if (exception is OperationCanceledException)
        {
            return new MongoConnectionException(ServerAddress, Id,
                $"Timed out after {_settings.SocketTimeout.TotalMilliseconds:0} ms {direction} {ServerAddress} (socketTimeoutMS).",
                new TimeoutException("The socket timeout elapsed.", exception));
        }

        var reason = exception is InvalidDataException ? "the server sent an invalid message" : exception.Message;
        return new MongoConnectionException(ServerAddress, Id, $"Connection {Id} to {ServerAddress} failed while {direction} the server: {reason}", exception);
    }
}
