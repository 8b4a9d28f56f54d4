using System.Buffers.Binary;
using System.Text;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Driver.Core.WireProtocol;

/// <summary>An OP_MSG request: the command body (section 0), optional document sequences (section 1) and flags.</summary>
internal sealed class OpMsgRequest
{
    /// <summary>The room allowed on top of <c>maxBsonObjectSize</c> for the command fields around a large document.</summary>
    public const int CommandOverhead = 16 * 1024;

    /// <summary>Creates a request.</summary>
    /// <param name="body">The command document, including <c>$db</c>.</param>
    /// <param name="sequences">Document sequences, or <see langword="null"/>.</param>
    /// <param name="moreToCome">Whether the server must not reply (unacknowledged writes).</param>
    public OpMsgRequest(BsonDocument body, IReadOnlyList<DocumentSequence>? sequences = null, bool moreToCome = false)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Sequences = sequences ?? [];
        MoreToCome = moreToCome;
        RequestId = RequestIds.Next();
    }

    /// <summary>Gets the command document.</summary>
    public BsonDocument Body { get; }

    /// <summary>Gets the document sequences.</summary>
    public IReadOnlyList<DocumentSequence> Sequences { get; }

    /// <summary>Gets a value indicating whether the server must not reply.</summary>
    public bool MoreToCome { get; }

    /// <summary>Gets the request id.</summary>
    public int RequestId { get; }

    /// <summary>Encodes the message at the end of <paramref name="buffer"/>.</summary>
    /// <param name="buffer">The destination.</param>
    /// <param name="maxBsonObjectSize">The server's largest document; the body may exceed it by <see cref="CommandOverhead"/>.</param>
    /// <param name="maxMessageSize">The server's largest message.</param>
    /// <exception cref="MongoException">The message would be larger than <paramref name="maxMessageSize"/>.</exception>
    public void Encode(PooledBufferWriter buffer, int maxBsonObjectSize, int maxMessageSize)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var start = buffer.WrittenCount;
        var header = buffer.GetSpan(MessageHeader.Size + sizeof(uint) + 1);
        header[..MessageHeader.Size].Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(header[MessageHeader.Size..], (uint)(MoreToCome ? OpMsgFlags.MoreToCome : OpMsgFlags.None));
        header[MessageHeader.Size + sizeof(uint)] = 0;
        buffer.Advance(MessageHeader.Size + sizeof(uint) + 1);

        var writer = new BsonBinaryWriter(buffer, new BsonWriterSettings { MaxDocumentSize = maxBsonObjectSize + CommandOverhead });
        writer.WriteValue(Body);

        foreach (var sequence in Sequences)
        {
            var identifierLength = Encoding.UTF8.GetByteCount(sequence.Identifier);
            var size = sizeof(int) + identifierLength + 1 + sequence.Payload.Length;
            var span = buffer.GetSpan(1 + size);
            span[0] = 1;
            BinaryPrimitives.WriteInt32LittleEndian(span[1..], size);
            Encoding.UTF8.GetBytes(sequence.Identifier, span[(1 + sizeof(int))..]);
            span[1 + sizeof(int) + identifierLength] = 0;
            sequence.Payload.CopyTo(span[(1 + sizeof(int) + identifierLength + 1)..]);
            buffer.Advance(1 + size);
        }

        var length = buffer.WrittenCount - start;
        if (length > maxMessageSize)
        {
            throw new MongoException(
                $"The {Body.GetElement(0).Name} command is {length} bytes, larger than the server's maximum message size of {maxMessageSize} bytes.");
        }

        buffer.WriteInt32LittleEndianAt(start, length);
        buffer.WriteInt32LittleEndianAt(start + 4, RequestId);
        buffer.WriteInt32LittleEndianAt(start + 12, (int)OpCode.Message);
    }
}
