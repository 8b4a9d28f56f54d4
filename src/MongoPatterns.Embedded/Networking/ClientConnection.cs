using System.Buffers;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Embedded.Commands;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Networking;

/// <summary>
/// One client connection: reads frames into pooled buffers, dispatches them one at a time, and writes replies.
/// A malformed frame closes this connection only (with a logged warning).
/// </summary>
internal sealed partial class ClientConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly CommandDispatcher _dispatcher;
    private readonly ILogger _logger;
    private readonly PooledBufferWriter _replyBuffer = new(4096);
    private readonly byte[] _header = new byte[WireLimits.HeaderLength];
    private int _nextRequestId;

    /// <summary>Creates the connection handler.</summary>
    /// <param name="socket">The accepted socket.</param>
    /// <param name="info">The connection's state.</param>
    /// <param name="dispatcher">The command dispatcher.</param>
    /// <param name="logger">The connections logger.</param>
    public ClientConnection(Socket socket, ConnectionInfo info, CommandDispatcher dispatcher, ILogger logger)
    {
        _socket = socket;
        Info = info;
        _dispatcher = dispatcher;
        _logger = logger;
    }

    /// <summary>Gets the connection's state.</summary>
    public ConnectionInfo Info { get; }

    /// <summary>Serves the connection until the client disconnects, a frame is malformed, or the server stops.</summary>
    /// <param name="cancellationToken">Cancelled on shutdown.</param>
    /// <returns>A task that completes when the connection is closed.</returns>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        LogOpened(_logger, Info.Id, Info.RemoteAddress);
        var reason = "client disconnected";
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!await ReceiveExactlyAsync(_header, allowEndOfStream: true, cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                var header = MessageHeader.Read(_header);
                header.Validate();
                var frame = ArrayPool<byte>.Shared.Rent(header.MessageLength);
                WireRequest request;
                try
                {
                    _header.CopyTo(frame, 0);
                    await ReceiveExactlyAsync(frame.AsMemory(WireLimits.HeaderLength, header.MessageLength - WireLimits.HeaderLength), allowEndOfStream: false, cancellationToken).ConfigureAwait(false);
                    request = WireMessageParser.Parse(frame.AsSpan(0, header.MessageLength));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(frame);
                }

                var reply = await _dispatcher.DispatchAsync(Info, request, cancellationToken).ConfigureAwait(false);
                if (reply is CloseConnectionReply)
                {
                    reason = "closed by the failCommand fail point";
                    return;
                }

                if (request.MoreToCome)
                {
                    continue;
                }

                await SendReplyAsync(request, reply, cancellationToken).ConfigureAwait(false);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                reason = "server shutting down";
            }
        }
        catch (WireProtocolException exception)
        {
            reason = "protocol error: " + exception.Message;
            LogProtocolError(_logger, Info.Id, Info.RemoteAddress, exception.Message);
        }
        catch (OperationCanceledException)
        {
            reason = "server shutting down";
        }
        catch (SocketException exception)
        {
            reason = "socket error: " + exception.SocketErrorCode;
        }
        catch (ObjectDisposedException)
        {
            reason = "connection closed";
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Never let one connection's failure go unnoticed (or take anything else down): log it and close.
            reason = "internal error: " + exception.Message;
            LogConnectionFailed(_logger, exception, Info.Id, Info.RemoteAddress);
        }
        finally
        {
            LogClosed(_logger, Info.Id, Info.RemoteAddress, reason);
            Dispose();
        }
    }

    /// <summary>Closes the socket (used on shutdown to end a blocked receive).</summary>
    public void Close()
    {
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already closed by the peer.
        }
        catch (ObjectDisposedException)
        {
            // Already disposed.
        }

        _socket.Close();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _socket.Dispose();
        _replyBuffer.Dispose();
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Connection {ConnectionId} opened from {RemoteAddress}")]
    private static partial void LogOpened(ILogger logger, long connectionId, string remoteAddress);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Connection {ConnectionId} from {RemoteAddress} closed: {Reason}")]
    private static partial void LogClosed(ILogger logger, long connectionId, string remoteAddress, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Connection {ConnectionId} from {RemoteAddress} sent a malformed message and is closed: {Reason}")]
    private static partial void LogProtocolError(ILogger logger, long connectionId, string remoteAddress, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Connection {ConnectionId} from {RemoteAddress} failed unexpectedly and is closed")]
    private static partial void LogConnectionFailed(ILogger logger, Exception exception, long connectionId, string remoteAddress);

    private async Task SendReplyAsync(WireRequest request, CommandReply reply, CancellationToken cancellationToken = default)
    {
        _replyBuffer.Clear();
        var requestId = Interlocked.Increment(ref _nextRequestId);
        try
        {
            Write(request, reply, requestId);
        }
        catch (BsonSerializationException exception)
        {
            _replyBuffer.Clear();
            Write(request, Replies.Error(new MongoServerException(ErrorCodes.BsonObjectTooLarge, "reply could not be encoded: " + exception.Message)), requestId);
        }

        var written = _replyBuffer.WrittenMemory;
        while (written.Length > 0)
        {
            var sent = await _socket.SendAsync(written, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            written = written[sent..];
        }
    }

    private void Write(WireRequest request, CommandReply reply, int requestId)
    {
        if (request.Kind == WireRequestKind.LegacyQuery)
        {
            WireMessageWriter.WriteLegacyReply(_replyBuffer, requestId, request.RequestId, reply);
        }
        else
        {
            WireMessageWriter.WriteMessage(_replyBuffer, requestId, request.RequestId, reply);
        }
    }

    private async ValueTask<bool> ReceiveExactlyAsync(Memory<byte> buffer, bool allowEndOfStream, CancellationToken cancellationToken = default)
    {
        var received = 0;
        while (received < buffer.Length)
        {
            var count = await _socket.ReceiveAsync(buffer[received..], SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (count == 0)
            {
                if (allowEndOfStream && received == 0)
                {
                    return false;
                }

                throw new WireProtocolException($"connection closed in the middle of a message ({received} of {buffer.Length} bytes)");
            }

            received += count;
        }

        return true;
    }
}
