using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Tests.Support;

/// <summary>
/// A tiny raw wire-protocol client for tests: OP_MSG (body, document sequences, checksum, moreToCome) and legacy
/// OP_QUERY, built on MongoPatterns.Bson only (not the driver).
/// </summary>
public sealed class WireTestClient : IAsyncDisposable, IDisposable
{
    private static readonly MongoPatterns.Bson.IO.BsonWriterSettings LargeDocuments = new() { MaxDocumentSize = 48_000_000 };
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private int _requestId;

    private WireTestClient(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    /// <summary>Connects to a server.</summary>
    public static async Task<WireTestClient> ConnectAsync(EmbeddedMongo server)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(server.EndPoint.Address, server.Port);
        return new WireTestClient(client);
    }

    /// <summary>Runs a command with OP_MSG on <paramref name="database"/> and returns the reply body.</summary>
    public async Task<BsonDocument> RunAsync(BsonDocument command, string database = "admin")
    {
        var body = new BsonDocument(command.Elements);
        if (!body.Contains("$db"))
        {
            body.Add("$db", database);
        }

        await SendAsync(BuildMessage(body, null, flags: 0, checksum: false));
        return await ReadReplyAsync();
    }

    /// <summary>Runs a command and throws unless ok is 1.</summary>
    public async Task<BsonDocument> RunOkAsync(BsonDocument command, string database = "admin")
    {
        var reply = await RunAsync(command, database);
        if (reply["ok"].ToDouble() != 1)
        {
            throw new InvalidOperationException("Command failed: " + reply);
        }

        return reply;
    }

    /// <summary>Sends an OP_MSG with a document sequence (e.g. insert's <c>documents</c>).</summary>
    public async Task<BsonDocument> RunWithSequenceAsync(BsonDocument command, string identifier, IReadOnlyList<BsonDocument> documents, bool checksum = false)
    {
        await SendAsync(BuildMessage(command, (identifier, documents), flags: checksum ? 1u : 0u, checksum));
        return await ReadReplyAsync();
    }

    /// <summary>Sends an OP_MSG with moreToCome set (no reply expected).</summary>
    public Task SendMoreToComeAsync(BsonDocument command) => SendAsync(BuildMessage(command, null, flags: 2, checksum: false));

    /// <summary>Sends a legacy OP_QUERY command on <c>&lt;db&gt;.$cmd</c> and reads the OP_REPLY document.</summary>
    public async Task<BsonDocument> LegacyQueryAsync(BsonDocument command, string database = "admin")
    {
        var ns = Encoding.UTF8.GetBytes(database + ".$cmd");
        var query = command.ToBson();
        var length = 16 + 4 + ns.Length + 1 + 8 + query.Length;
        var frame = new byte[length];
        WriteHeader(frame, length, Interlocked.Increment(ref _requestId), 2004);
        var position = 20;
        ns.CopyTo(frame, position);
        position += ns.Length + 1;
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(position + 4), -1);
        position += 8;
        query.CopyTo(frame, position);
        await SendAsync(frame);
        var reply = await ReadFrameAsync();
        if (BinaryPrimitives.ReadInt32LittleEndian(reply.AsSpan(12)) != 1)
        {
            throw new InvalidOperationException("Expected OP_REPLY");
        }

        return BsonDocument.FromBson(reply.AsSpan(36));
    }

    /// <summary>Sends raw bytes.</summary>
    public async Task SendAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    /// <summary>Reads one OP_MSG reply body.</summary>
    public async Task<BsonDocument> ReadReplyAsync()
    {
        var frame = await ReadFrameAsync();
        if (BinaryPrimitives.ReadInt32LittleEndian(frame.AsSpan(12)) != 2013 || frame[20] != 0)
        {
            throw new InvalidOperationException("Expected an OP_MSG with a body section");
        }

        var bodyLength = BinaryPrimitives.ReadInt32LittleEndian(frame.AsSpan(21));
        return BsonDocument.FromBson(frame.AsSpan(21, bodyLength), new MongoPatterns.Bson.IO.BsonReaderSettings { MaxDocumentSize = 48_000_000 });
    }

    /// <summary>Reads one whole frame.</summary>
    public async Task<byte[]> ReadFrameAsync()
    {
        var header = new byte[16];
        await _stream.ReadExactlyAsync(header);
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        var frame = new byte[length];
        header.CopyTo(frame, 0);
        await _stream.ReadExactlyAsync(frame.AsMemory(16));
        return frame;
    }

    /// <summary>Returns true when the server closed the connection (a read returns 0 bytes or fails) within the timeout.</summary>
    public async Task<bool> IsClosedByServerAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            var buffer = new byte[1];
            return await _stream.ReadAsync(buffer, cts.Token) == 0;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Builds an OP_MSG frame.</summary>
    public static byte[] BuildMessage(BsonDocument body, (string Identifier, IReadOnlyList<BsonDocument> Documents)? sequence, uint flags, bool checksum, int requestId = 1)
    {
        using var buffer = new MemoryStream();
        buffer.Write(new byte[20]);
        buffer.WriteByte(0);
        buffer.Write(body.ToBson(LargeDocuments));
        if (sequence is { } seq)
        {
            buffer.WriteByte(1);
            var docs = seq.Documents.Select(d => d.ToBson(LargeDocuments)).ToList();
            var name = Encoding.UTF8.GetBytes(seq.Identifier);
            var size = 4 + name.Length + 1 + docs.Sum(d => d.Length);
            var sizeBytes = new byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(sizeBytes, size);
            buffer.Write(sizeBytes);
            buffer.Write(name);
            buffer.WriteByte(0);
            foreach (var doc in docs)
            {
                buffer.Write(doc);
            }
        }

        if (checksum)
        {
            buffer.Write(new byte[4]);
        }

        var frame = buffer.ToArray();
        WriteHeader(frame, frame.Length, requestId, 2013);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(16), flags);
        if (checksum)
        {
            var crc = Crc32CReference(frame.AsSpan(0, frame.Length - 4));
            BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(frame.Length - 4), crc);
        }

        return frame;
    }

    /// <summary>A bit-by-bit CRC-32C used to check the server's implementation independently.</summary>
    public static uint Crc32CReference(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stream.Dispose();
        _client.Dispose();
    }

    private static void WriteHeader(byte[] frame, int length, int requestId, int opCode)
    {
        BinaryPrimitives.WriteInt32LittleEndian(frame, length);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(4), requestId);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(8), 0);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(12), opCode);
    }
}
