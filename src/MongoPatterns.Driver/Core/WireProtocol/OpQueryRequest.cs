using System.Buffers.Binary;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Driver.Core.WireProtocol;

/// <summary>
/// A legacy OP_QUERY command on <c>admin.$cmd</c>: only used for the first message of the handshake (legacy hello),
/// as the MongoDB Handshake specification requires.
/// </summary>
internal sealed class OpQueryRequest
{
    private static readonly byte[] AdminCommandCollection = "admin.$cmd\0"u8.ToArray();

    /// <summary>Creates a request.</summary>
    /// <param name="command">The command document.</param>
    public OpQueryRequest(BsonDocument command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Command = command;
        RequestId = RequestIds.Next();
    }

    /// <summary>Gets the command.</summary>
    public BsonDocument Command { get; }

    /// <summary>Gets the request id.</summary>
    public int RequestId { get; }

    /// <summary>Encodes the message at the end of <paramref name="buffer"/>.</summary>
    public void Encode(PooledBufferWriter buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var start = buffer.WrittenCount;
        var fixedSize = MessageHeader.Size + sizeof(int) + AdminCommandCollection.Length + sizeof(int) + sizeof(int);
        var span = buffer.GetSpan(fixedSize);
        span[..MessageHeader.Size].Clear();
        BinaryPrimitives.WriteInt32LittleEndian(span[MessageHeader.Size..], 0);
        AdminCommandCollection.CopyTo(span[(MessageHeader.Size + sizeof(int))..]);
        var offset = MessageHeader.Size + sizeof(int) + AdminCommandCollection.Length;
        BinaryPrimitives.WriteInt32LittleEndian(span[offset..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(span[(offset + sizeof(int))..], -1);
        buffer.Advance(fixedSize);

        new BsonBinaryWriter(buffer).WriteValue(Command);

        buffer.WriteInt32LittleEndianAt(start, buffer.WrittenCount - start);
        buffer.WriteInt32LittleEndianAt(start + 4, RequestId);
        buffer.WriteInt32LittleEndianAt(start + 12, (int)OpCode.Query);
    }
}
