using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Tests;

public sealed class RawBsonDocumentTests
{
    private static readonly BsonDocument Sample = new()
    {
        { "_id", ObjectId.Parse("5f1d7a3b9c0e4d2a1b3c4d5e") },
        { "name", "Ada" },
        { "address", new BsonDocument { { "city", "London" }, { "zip", "N1" } } },
        { "tags", new BsonArray { "a", "b" } },
        { "age", 36 },
    };

    [Fact]
    public void TryGetValue_FindsFieldsWithoutDecodingTheRest()
    {
        var raw = RawBsonDocument.FromBsonDocument(Sample);

        Assert.True(raw.TryGetValue("age", out var age));
        Assert.Equal(36, age.AsInt32);
        Assert.Equal("London", raw["address"]["city"].AsString);
        Assert.IsType<BsonDocument>(raw["address"]);
        Assert.Equal(new BsonArray { "a", "b" }, raw["tags"]);
        Assert.False(raw.TryGetValue("missing", out _));
        Assert.True(raw.Contains("name"));
        Assert.False(raw.Contains("Name"));
        Assert.Throws<KeyNotFoundException>(() => raw["missing"]);
    }

    [Fact]
    public void EnumerationAndCount_MatchTheDocument()
    {
        var raw = new RawBsonDocument(Sample.ToBson());

        Assert.Equal(5, raw.ElementCount);
        Assert.Equal(Sample.Elements, raw);
        Assert.Equal(Sample, raw.ToBsonDocument());
        Assert.Equal(Sample.ToBson(), raw.Bytes.ToArray());
        Assert.Equal(Sample.ToString(), raw.ToString());
    }

    [Fact]
    public void Lookup_IsLazy_AMalformedLaterElementOnlyFailsWhenReached()
    {
        // {"a": 1, "b": "x"} with the string's bytes made invalid UTF-8.
        var bytes = new BsonDocument { { "a", 1 }, { "b", "x" } }.ToBson();
        bytes[^3] = 0xFF;
        var raw = new RawBsonDocument(bytes);

        Assert.Equal(1, raw["a"].AsInt32);
        var exception = Assert.Throws<BsonSerializationException>(() => raw["b"]);
        Assert.Equal("b", exception.Path);
        Assert.Throws<BsonSerializationException>(() => raw.ToBsonDocument());
    }

    [Fact]
    public void DuplicateNames_ReturnTheFirst()
    {
        var bytes = Convert.FromHexString("13000000106100010000001061000200000000");

        var raw = new RawBsonDocument(bytes);

        Assert.Equal(1, raw["a"].AsInt32);
        Assert.Equal(2, raw.ElementCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0400000000")]
    [InlineData("0600000000")]
    [InlineData("0500000001")]
    public void Constructor_BadEnvelope_Throws(string hex)
    {
        Assert.Throws<BsonSerializationException>(() => new RawBsonDocument(Convert.FromHexString(hex)));
    }

    [Fact]
    public void Constructor_DocumentOverTheSizeLimit_Throws()
    {
        var bytes = new BsonDocument("s", new string('x', 100)).ToBson();

        Assert.Throws<BsonSerializationException>(() => new RawBsonDocument(bytes, new BsonReaderSettings { MaxDocumentSize = 64 }));
    }
}
