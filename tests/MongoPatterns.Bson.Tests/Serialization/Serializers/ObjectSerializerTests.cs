using MongoPatterns.Bson.Serialization;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization.Serializers;

public sealed class ObjectSerializerTests
{
    [Fact]
    public void Object_ReadsNaturalDotNetTypes()
    {
        var id = ObjectId.GenerateNewId();
        var guid = Guid.NewGuid();
        var document = new BsonDocument
        {
            { "double", 1.5 },
            { "string", "s" },
            { "document", new BsonDocument("a", 1) },
            { "array", new BsonArray { 1, "x" } },
            { "objectId", id },
            { "boolean", true },
            { "int32", 1 },
            { "int64", 2L },
            { "null", BsonNull.Value },
            { "date", new BsonDateTime(0) },
            { "decimal", new BsonDecimal128(Decimal128.Parse("1.10")) },
            { "bigDecimal", new BsonDecimal128(Decimal128.Parse("1E+100")) },
            { "bytes", new BsonBinaryData([1, 2]) },
            { "guid", new BsonBinaryData(guid) },
            { "md5", new BsonBinaryData([3], BsonBinarySubType.Md5) },
            { "regex", new BsonRegularExpression("a+", "i") },
            { "timestamp", new BsonTimestamp(5) },
            { "minKey", BsonMinKey.Value },
        };

        var values = FromDocument<Dictionary<string, object?>>(document);

        Assert.Equal(1.5, values["double"]);
        Assert.Equal("s", values["string"]);
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1 }, values["document"]);
        Assert.Equal(new List<object?> { 1, "x" }, values["array"]);
        Assert.Equal(id, values["objectId"]);
        Assert.Equal(true, values["boolean"]);
        Assert.Equal(1, values["int32"]);
        Assert.Equal(2L, values["int64"]);
        Assert.Null(values["null"]);
        Assert.Equal(DateTime.UnixEpoch, values["date"]);
        Assert.Equal(1.10m, Assert.IsType<decimal>(values["decimal"]));
        Assert.Equal(Decimal128.Parse("1E+100"), values["bigDecimal"]);
        Assert.Equal(new byte[] { 1, 2 }, values["bytes"]);
        Assert.Equal(guid, values["guid"]);
        Assert.Equal(new BsonBinaryData([3], BsonBinarySubType.Md5), values["md5"]);
        Assert.Equal(new BsonRegularExpression("a+", "i"), values["regex"]);
        Assert.Equal(new BsonTimestamp(5), values["timestamp"]);
        Assert.Equal(BsonMinKey.Value, values["minKey"]);

        Assert.Equal(document, ToDocument(values));
    }

    [Fact]
    public void ObjectMember_IsWrittenByItsRuntimeType()
    {
        var document = ToDocument(new Box<object?>(new Box<int>(3)));

        Assert.Equal(new BsonDocument("value", new BsonDocument("value", 3)), document);
        Assert.Equal(new Dictionary<string, object?> { ["value"] = 3 }, FromDocument<Box<object?>>(document).Value);
    }

    [Fact]
    public void ObjectMember_OfPlainObject_IsAnEmptyDocument() =>
        Assert.Equal(new BsonDocument(), ToDocument(new Box<object>(new object()))["value"]);

    [Fact]
    public void ObjectMember_OfUnsupportedType_Throws()
    {
        var exception = Assert.Throws<BsonSerializationException>(() => ToDocument(new Box<object>(new Action(() => { }))));

        Assert.Contains("Cannot map Action: the type has no document form", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObjectSerializer_IsCreatedOncePerRegistry()
    {
        var registry = new BsonSerializerRegistry();

        Assert.Same(registry.GetSerializer<object>(), registry.GetSerializer<object>());
    }
}
