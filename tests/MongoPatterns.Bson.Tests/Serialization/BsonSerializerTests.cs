using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Bson.Tests.Serialization;

public sealed class BsonSerializerTests
{
    [Fact]
    public void SerializeAndDeserialize_WorkOnBytes()
    {
        var bytes = BsonSerializer.Serialize(new Box<string>("x"));

        Assert.Equal(new BsonDocument("value", "x").ToBson(), bytes);
        Assert.Equal("x", BsonSerializer.Deserialize<Box<string>>(bytes).Value);
    }

    [Fact]
    public void Deserialize_RejectsBytesAfterTheDocument()
    {
        var bytes = BsonSerializer.Serialize(new Box<string>("x")).Concat(new byte[] { 0 }).ToArray();

        var exception = Assert.Throws<BsonSerializationException>(() => BsonSerializer.Deserialize<Box<string>>(bytes));

        Assert.Contains("1 bytes follow the end of the document", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToBsonDocumentExtension_ConvertsAnyMappedValue()
    {
        var document = new BsonDocument("a", 1);

        Assert.Equal(new BsonDocument("value", 3), new Box<int>(3).ToBsonDocument());
        Assert.Same(document, document.ToBsonDocument());
        Assert.Equal(new BsonDocument("k", "v"), new Dictionary<string, string> { ["k"] = "v" }.ToBsonDocument());
    }

    [Fact]
    public void ValuesThatAreNotDocuments_CannotBeSerializedOnTheirOwn()
    {
        var exception = Assert.Throws<BsonSerializationException>(() => BsonSerializer.Serialize(42));

        Assert.Contains("Int32 is not written as a document", exception.Message, StringComparison.Ordinal);
        Assert.Throws<BsonSerializationException>(() => BsonSerializer.Deserialize<int>(new BsonDocument("a", 1)));
    }

    [Fact]
    public void CyclicObjectGraphs_StopAtTheMaximumDepth()
    {
        var node = new Node();
        node.Next = node;

        var exception = Assert.Throws<BsonSerializationException>(() => BsonSerializer.Serialize(node));

        Assert.Contains("maximum depth", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeFromBsonDocument_ReadsTheDocument() =>
        Assert.Equal(2, BsonSerializer.Deserialize<Box<int>>(new BsonDocument("value", 2)).Value);

    public sealed class Node
    {
        public Node? Next { get; set; }
    }
}
