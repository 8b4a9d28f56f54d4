using System.Buffers.Binary;
using System.Text;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Driver.Core.WireProtocol;

namespace MongoPatterns.Driver.Tests.Core.WireProtocol;

/// <summary>The layout of encoded OP_MSG and OP_QUERY requests.</summary>
public sealed class OpMsgRequestTests
{
    [Fact]
    public void Encode_BodyOnly_WritesHeaderFlagsAndKindZeroSection()
    {
        var body = new BsonDocument { { "ping", 1 }, { "$db", "admin" } };
        var request = new OpMsgRequest(body);
        using var buffer = new PooledBufferWriter();

        request.Encode(buffer, 16 * 1024 * 1024, 48_000_000);

        var bytes = buffer.WrittenSpan;
        var bodyBytes = body.ToBson();
        Assert.Equal(16 + 4 + 1 + bodyBytes.Length, bytes.Length);
        Assert.Equal(bytes.Length, BinaryPrimitives.ReadInt32LittleEndian(bytes));
        Assert.Equal(request.RequestId, BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]));
        Assert.Equal(0, BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]));
        Assert.Equal(2013, BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]));
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(bytes[16..]));
        Assert.Equal(0, bytes[20]);
        Assert.True(bytes[21..].SequenceEqual(bodyBytes));
    }

    [Fact]
    public void Encode_WithDocumentSequence_WritesKindOneSectionAfterTheBody()
    {
        using var sequence = new DocumentSequence("documents");
        var first = new BsonDocument("a", 1).ToBson();
        var second = new BsonDocument("b", "two").ToBson();
        sequence.Add(first);
        sequence.Add(second);
        var body = new BsonDocument { { "insert", "c" }, { "$db", "db" } };
        var request = new OpMsgRequest(body, [sequence], moreToCome: true);
        using var buffer = new PooledBufferWriter();

        request.Encode(buffer, 16 * 1024 * 1024, 48_000_000);

        var bytes = buffer.WrittenSpan;
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32LittleEndian(bytes[16..]));
        var section = 21 + body.ToBson().Length;
        Assert.Equal(1, bytes[section]);
        var size = BinaryPrimitives.ReadInt32LittleEndian(bytes[(section + 1)..]);
        Assert.Equal(4 + "documents".Length + 1 + first.Length + second.Length, size);
        Assert.Equal("documents", Encoding.UTF8.GetString(bytes.Slice(section + 5, 9)));
        Assert.Equal(0, bytes[section + 14]);
        Assert.True(bytes[(section + 15)..].SequenceEqual([.. first, .. second]));
        Assert.Equal(section + 1 + size, bytes.Length);
        Assert.Equal(sequence.SectionSize, 1 + size);
    }

    [Fact]
    public void Encode_MessageLargerThanTheServerAllows_Throws()
    {
        var request = new OpMsgRequest(new BsonDocument { { "insert", "c" }, { "payload", new string('x', 2000) } });
        using var buffer = new PooledBufferWriter();

        var exception = Assert.Throws<MongoException>(() => request.Encode(buffer, 16 * 1024 * 1024, 1000));

        Assert.Contains("maximum message size of 1000", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentSequence_ToBsonArray_DecodesEveryDocument()
    {
        using var sequence = new DocumentSequence("updates");
        sequence.Add(new BsonDocument("q", new BsonDocument()).ToBson());
        sequence.Add(new BsonDocument("q", new BsonDocument("a", 1)).ToBson());

        var array = sequence.ToBsonArray();

        Assert.Equal(2, sequence.Count);
        Assert.Equal(new BsonDocument("q", new BsonDocument("a", 1)), array[1]);
        Assert.True(sequence.GetDocument(1).SequenceEqual(new BsonDocument("q", new BsonDocument("a", 1)).ToBson()));
    }

    [Fact]
    public void OpQuery_Encode_TargetsAdminCmdWithNumberToReturnMinusOne()
    {
        var command = new BsonDocument { { "isMaster", 1 }, { "helloOk", true } };
        var request = new OpQueryRequest(command);
        using var buffer = new PooledBufferWriter();

        request.Encode(buffer);

        var bytes = buffer.WrittenSpan;
        Assert.Equal(2004, BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]));
        Assert.Equal(0, BinaryPrimitives.ReadInt32LittleEndian(bytes[16..]));
        Assert.Equal("admin.$cmd\0", Encoding.ASCII.GetString(bytes.Slice(20, 11)));
        Assert.Equal(0, BinaryPrimitives.ReadInt32LittleEndian(bytes[31..]));
        Assert.Equal(-1, BinaryPrimitives.ReadInt32LittleEndian(bytes[35..]));
        Assert.True(bytes[39..].SequenceEqual(command.ToBson()));
    }

    [Fact]
    public void RequestIds_AreUniqueAndIncreasing()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => RequestIds.Next()).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.DoesNotContain(0, ids);
    }
}
