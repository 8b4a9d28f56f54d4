using System.Buffers;
using System.Buffers.Binary;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.WireProtocol;

namespace MongoPatterns.Driver.Tests.Core.WireProtocol;

/// <summary>Parsing replies: OP_MSG with and without checksum, kind-1 sections, OP_REPLY, and malformed messages.</summary>
public sealed class ResponseMessageTests
{
    private static readonly BsonDocument Reply = new() { { "ok", 1 }, { "n", 3 } };

    [Fact]
    public void Parse_OpMsg_ReturnsTheBody()
    {
        using var message = Parse(OpMsg(Reply, flags: 0));

        Assert.Equal(Reply, BsonDocument.FromBson(message.Body));
        Assert.Equal(OpCode.Message, message.Header.OpCode);
        Assert.Equal(7, message.Header.ResponseTo);
        Assert.False(message.MoreToCome);
    }

    [Fact]
    public void Parse_OpMsgWithValidChecksum_VerifiesIt()
    {
        using var message = Parse(OpMsg(Reply, flags: 1, checksum: true));

        Assert.Equal(Reply, BsonDocument.FromBson(message.Body));
    }

    [Fact]
    public void Parse_OpMsgWithWrongChecksum_Throws()
    {
        var bytes = OpMsg(Reply, flags: 1, checksum: true);
        bytes[^1] ^= 0xFF;

        var exception = Assert.Throws<InvalidDataException>(() => Parse(bytes));

        Assert.Contains("checksum", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OpMsgWithAKindOneSection_SkipsItAndFindsTheBody()
    {
        var body = Reply.ToBson();
        var sequenceDocument = new BsonDocument("x", 1).ToBson();
        var sequenceSize = 4 + 2 + sequenceDocument.Length;
        var bytes = new byte[16 + 4 + 1 + sequenceSize + 1 + body.Length];
        WriteHeader(bytes, 2013);
        bytes[20] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(21), sequenceSize);
        bytes[25] = (byte)'d';
        bytes[26] = 0;
        sequenceDocument.CopyTo(bytes, 27);
        bytes[21 + sequenceSize] = 0;
        body.CopyTo(bytes, 22 + sequenceSize);

        using var message = Parse(bytes);

        Assert.Equal(Reply, BsonDocument.FromBson(message.Body));
    }

    [Fact]
    public void Parse_OpReply_ReturnsTheFirstDocument()
    {
        var body = Reply.ToBson();
        var bytes = new byte[36 + body.Length];
        WriteHeader(bytes, 1);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(32), 1);
        body.CopyTo(bytes, 36);

        using var message = Parse(bytes);

        Assert.Equal(Reply, BsonDocument.FromBson(message.Body));
    }

    [Theory]
    [InlineData(2012, "compressed")]
    [InlineData(2004, "unexpected opcode")]
    public void Parse_UnexpectedOpCode_Throws(int opCode, string expected)
    {
        var bytes = OpMsg(Reply, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), opCode);

        var exception = Assert.Throws<InvalidDataException>(() => Parse(bytes));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SectionLongerThanTheMessage_Throws()
    {
        var bytes = OpMsg(Reply, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(21), 10_000);

        Assert.Throws<InvalidDataException>(() => Parse(bytes));
    }

    [Fact]
    public void Parse_WithoutBodySection_Throws()
    {
        var bytes = new byte[16 + 4 + 1 + 4 + 2];
        WriteHeader(bytes, 2013);
        bytes[20] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(21), 6);

        Assert.Throws<InvalidDataException>(() => Parse(bytes));
    }

    [Fact]
    public void Body_AfterDispose_Throws()
    {
        var message = Parse(OpMsg(Reply, 0));
        message.Dispose();

        Assert.Throws<ObjectDisposedException>(() => message.Body.Length);
    }

    private static ResponseMessage Parse(byte[] bytes)
    {
        var rented = ArrayPool<byte>.Shared.Rent(bytes.Length);
        bytes.CopyTo(rented, 0);
        return ResponseMessage.Parse(rented, bytes.Length);
    }

    private static byte[] OpMsg(BsonDocument document, uint flags, bool checksum = false)
    {
        var body = document.ToBson();
        var bytes = new byte[16 + 4 + 1 + body.Length + (checksum ? 4 : 0)];
        WriteHeader(bytes, 2013);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), flags);
        body.CopyTo(bytes, 21);
        if (checksum)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), Crc32C.Compute(bytes.AsSpan(0, bytes.Length - 4)));
        }

        return bytes;
    }

    private static void WriteHeader(byte[] bytes, int opCode)
    {
        BinaryPrimitives.WriteInt32LittleEndian(bytes, bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 99);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 7);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), opCode);
    }
}
