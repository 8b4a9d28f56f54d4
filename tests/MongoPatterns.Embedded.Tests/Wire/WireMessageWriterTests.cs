using System.Buffers.Binary;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Embedded.Commands;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Tests.Wire;

public class WireMessageWriterTests
{
    [Fact]
    public void WriteMessage_DocumentReply_ProducesOpMsgWithBody()
    {
        using var buffer = new PooledBufferWriter();

        WireMessageWriter.WriteMessage(buffer, 7, 3, new DocumentReply(new BsonDocument("ok", 1.0)));

        var frame = buffer.WrittenSpan;
        Assert.Equal(frame.Length, BinaryPrimitives.ReadInt32LittleEndian(frame));
        Assert.Equal(7, BinaryPrimitives.ReadInt32LittleEndian(frame[4..]));
        Assert.Equal(3, BinaryPrimitives.ReadInt32LittleEndian(frame[8..]));
        Assert.Equal(2013, BinaryPrimitives.ReadInt32LittleEndian(frame[12..]));
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(frame[16..]));
        Assert.Equal(0, frame[20]);
        Assert.Equal(1.0, BsonDocument.FromBson(frame[21..])["ok"].AsDouble);
    }

    [Fact]
    public void WriteLegacyReply_ProducesOpReplyWithOneDocument()
    {
        using var buffer = new PooledBufferWriter();

        WireMessageWriter.WriteLegacyReply(buffer, 7, 3, new DocumentReply(new BsonDocument("ismaster", true)));

        var frame = buffer.WrittenSpan;
        Assert.Equal(1, BinaryPrimitives.ReadInt32LittleEndian(frame[12..]));
        Assert.Equal(1, BinaryPrimitives.ReadInt32LittleEndian(frame[32..]));
        Assert.True(BsonDocument.FromBson(frame[36..])["ismaster"].AsBoolean);
    }

    [Fact]
    public void CursorReply_RawDocuments_AreCopiedIntoTheBatch()
    {
        using var buffer = new PooledBufferWriter();
        var docs = new[] { new BsonDocument("_id", 1).ToBson(), new BsonDocument("_id", 2).ToBson() };

        WireMessageWriter.WriteMessage(buffer, 1, 1, new CursorReply(5, "db.c", true, docs));

        var body = BsonDocument.FromBson(buffer.WrittenSpan[21..]);
        Assert.Equal(new BsonArray { new BsonDocument("_id", 1), new BsonDocument("_id", 2) }, body["cursor"]["firstBatch"]);
        Assert.Equal(5L, body["cursor"]["id"].AsInt64);
        Assert.Equal("db.c", body["cursor"]["ns"].AsString);
        Assert.Equal(["cursor", "ok"], body.Names);
    }
}
