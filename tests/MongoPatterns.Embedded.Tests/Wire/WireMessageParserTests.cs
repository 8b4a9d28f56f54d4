using System.Buffers.Binary;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Tests.Wire;

public class WireMessageParserTests
{
    [Fact]
    public void Parse_OpMsgWithBody_ReturnsCommandAndDatabase()
    {
        var frame = WireTestClient.BuildMessage(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, null, 0, false, requestId: 42);

        var request = WireMessageParser.Parse(frame);

        Assert.Equal(WireRequestKind.Message, request.Kind);
        Assert.Equal(42, request.RequestId);
        Assert.Equal("admin", request.Database);
        Assert.Equal("ping", request.Command.GetElement(0).Name);
        Assert.False(request.MoreToCome);
    }

    [Fact]
    public void Parse_DocumentSequence_BecomesArrayField()
    {
        var docs = new[] { new BsonDocument("a", 1), new BsonDocument("a", 2) };
        var frame = WireTestClient.BuildMessage(new BsonDocument { { "insert", "c" }, { "$db", "test" } }, ("documents", docs), 0, false);

        var request = WireMessageParser.Parse(frame);

        var documents = request.Command["documents"].AsBsonArray;
        Assert.Equal(2, documents.Count);
        Assert.Equal(2, documents[1]["a"].AsInt32);
    }

    [Fact]
    public void Parse_ValidChecksum_IsAccepted()
    {
        var frame = WireTestClient.BuildMessage(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, null, 1, true);

        var request = WireMessageParser.Parse(frame);

        Assert.Equal("ping", request.Command.GetElement(0).Name);
    }

    [Fact]
    public void Parse_WrongChecksum_Throws()
    {
        var frame = WireTestClient.BuildMessage(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, null, 1, true);
        frame[^1] ^= 0xFF;

        Assert.Throws<WireProtocolException>(() => WireMessageParser.Parse(frame));
    }

    [Fact]
    public void Parse_UnknownRequiredFlagBit_Throws()
    {
        var frame = WireTestClient.BuildMessage(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, null, 4, false);

        Assert.Throws<WireProtocolException>(() => WireMessageParser.Parse(frame));
    }

    [Fact]
    public void Parse_ExhaustAllowedAndMoreToCome_AreReported()
    {
        var frame = WireTestClient.BuildMessage(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, null, (1u << 16) | 2u, false);

        var request = WireMessageParser.Parse(frame);

        Assert.True(request.MoreToCome);
        Assert.True((request.Flags & OpMessageFlags.ExhaustAllowed) != 0);
    }

    [Fact]
    public void Parse_SequenceNameDuplicatingBodyField_Throws()
    {
        var frame = WireTestClient.BuildMessage(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray() }, { "$db", "t" } }, ("documents", [new BsonDocument()]), 0, false);

        Assert.Throws<WireProtocolException>(() => WireMessageParser.Parse(frame));
    }

    [Fact]
    public void Parse_TwoBodySections_Throws()
    {
        var body = new BsonDocument { { "ping", 1 }, { "$db", "admin" } }.ToBson();
        var frame = new byte[21 + body.Length + 1 + body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, frame.Length);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(12), 2013);
        body.CopyTo(frame, 21);
        body.CopyTo(frame, 21 + body.Length + 1);

        Assert.Throws<WireProtocolException>(() => WireMessageParser.Parse(frame));
    }

    [Fact]
    public void Parse_InvalidBson_Throws()
    {
        var frame = WireTestClient.BuildMessage(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, null, 0, false);
        frame[21 + 4] = 0x7F; // an unknown element type

        Assert.Throws<WireProtocolException>(() => WireMessageParser.Parse(frame));
    }

    [Fact]
    public void Parse_LegacyQueryOnCmd_UnwrapsQueryAndUsesNamespaceDatabase()
    {
        var query = new BsonDocument("$query", new BsonDocument("isMaster", 1)).ToBson();
        var ns = "admin.$cmd\0"u8.ToArray();
        var frame = new byte[20 + ns.Length + 8 + query.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, frame.Length);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(12), 2004);
        ns.CopyTo(frame, 20);
        query.CopyTo(frame, 20 + ns.Length + 8);

        var request = WireMessageParser.Parse(frame);

        Assert.Equal(WireRequestKind.LegacyQuery, request.Kind);
        Assert.Equal("admin", request.Database);
        Assert.Equal("isMaster", request.Command.GetElement(0).Name);
    }

    [Fact]
    public void Parse_LegacyQueryOnCollection_Throws()
    {
        var query = new BsonDocument().ToBson();
        var ns = "test.items\0"u8.ToArray();
        var frame = new byte[20 + ns.Length + 8 + query.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, frame.Length);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(12), 2004);
        ns.CopyTo(frame, 20);
        query.CopyTo(frame, 20 + ns.Length + 8);

        Assert.Throws<WireProtocolException>(() => WireMessageParser.Parse(frame));
    }

    [Theory]
    [InlineData(15, 2013)]
    [InlineData(48_000_001, 2013)]
    [InlineData(100, 2012)]
    [InlineData(100, 2002)]
    [InlineData(100, 9999)]
    public void Validate_BadLengthOrOpCode_Throws(int length, int opCode)
    {
        var header = new MessageHeader(length, 1, 0, opCode);

        Assert.Throws<WireProtocolException>(header.Validate);
    }

    [Fact]
    public void Crc32C_KnownVector_Matches()
    {
        Assert.Equal(0xE3069283u, Crc32C.Compute("123456789"u8));
        var random = new byte[1000];
        new Random(7).NextBytes(random);
        Assert.Equal(WireTestClient.Crc32CReference(random), Crc32C.Compute(random));
    }
}
