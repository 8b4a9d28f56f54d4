using System.Buffers.Binary;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Embedded.Wire;

/// <summary>Writes replies (OP_MSG, or OP_REPLY for legacy queries) into a pooled buffer.</summary>
internal static class WireMessageWriter
{
    private const int AwaitCapable = 8;

    /// <summary>The writer limits of replies: a reply may carry a full 16 MiB batch plus its envelope.</summary>
    public static readonly BsonWriterSettings ReplyWriterSettings = new()
    {
        MaxDocumentSize = WireLimits.MaxMessageSizeBytes,
        MaxDepth = WireLimits.MaxCommandDepth + 20,
    };

    /// <summary>Appends an OP_MSG reply with one body section.</summary>
    /// <param name="buffer">The destination.</param>
    /// <param name="requestId">The server's id for the reply.</param>
    /// <param name="responseTo">The request being answered.</param>
    /// <param name="body">The reply body.</param>
    public static void WriteMessage(PooledBufferWriter buffer, int requestId, int responseTo, IReplyBody body)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(body);
        var start = buffer.WrittenCount;
        var prefix = buffer.GetSpan(WireLimits.HeaderLength + 5);
        new MessageHeader(0, requestId, responseTo, (int)OpCode.Message).Write(prefix);
        BinaryPrimitives.WriteUInt32LittleEndian(prefix[WireLimits.HeaderLength..], 0);
        prefix[WireLimits.HeaderLength + 4] = 0; // section kind 0: body
        buffer.Advance(WireLimits.HeaderLength + 5);
        body.WriteBody(new BsonBinaryWriter(buffer, ReplyWriterSettings));
        buffer.WriteInt32LittleEndianAt(start, buffer.WrittenCount - start);
    }

    /// <summary>Appends an OP_REPLY carrying one document (the answer to a legacy OP_QUERY command).</summary>
    /// <param name="buffer">The destination.</param>
    /// <param name="requestId">The server's id for the reply.</param>
    /// <param name="responseTo">The request being answered.</param>
    /// <param name="body">The reply document.</param>
    public static void WriteLegacyReply(PooledBufferWriter buffer, int requestId, int responseTo, IReplyBody body)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(body);
        var start = buffer.WrittenCount;
        const int prefixLength = WireLimits.HeaderLength + 20;
        var prefix = buffer.GetSpan(prefixLength);
        new MessageHeader(0, requestId, responseTo, (int)OpCode.Reply).Write(prefix);
        BinaryPrimitives.WriteInt32LittleEndian(prefix[16..], AwaitCapable); // responseFlags
        BinaryPrimitives.WriteInt64LittleEndian(prefix[20..], 0); // cursorID
        BinaryPrimitives.WriteInt32LittleEndian(prefix[28..], 0); // startingFrom
        BinaryPrimitives.WriteInt32LittleEndian(prefix[32..], 1); // numberReturned
        buffer.Advance(prefixLength);
        body.WriteBody(new BsonBinaryWriter(buffer, ReplyWriterSettings));
        buffer.WriteInt32LittleEndianAt(start, buffer.WrittenCount - start);
    }
}
