using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Serializers;
using MongoPatterns.Driver.Cursors;

namespace MongoPatterns.Driver.Tests.Cursors;

/// <summary>Reading cursor batches straight from reply bytes.</summary>
public sealed class CursorBatchTests
{
    [Theory]
    [InlineData("firstBatch")]
    [InlineData("nextBatch")]
    public void Read_CursorReply_ReturnsIdNamespaceAndDocuments(string batchName)
    {
        var reply = new BsonDocument
        {
            { "cursor", new BsonDocument { { "id", 77L }, { "ns", "db.items" }, { batchName, new BsonArray { new BsonDocument("a", 1), new BsonDocument("a", 2) } } } },
            { "ok", 1 },
        };

        var batch = CursorBatch<BsonDocument>.Read(reply.ToBson(), BsonDocumentSerializer.Instance);

        Assert.Equal(77, batch.CursorId);
        Assert.Equal("db.items", batch.Namespace);
        Assert.Equal([new BsonDocument("a", 1), new BsonDocument("a", 2)], batch.Documents);
    }

    [Fact]
    public void Read_ReplyWithoutCursor_Throws() =>
        Assert.Throws<MongoException>(() => CursorBatch<BsonDocument>.Read(new BsonDocument("ok", 1).ToBson(), BsonDocumentSerializer.Instance));
}
