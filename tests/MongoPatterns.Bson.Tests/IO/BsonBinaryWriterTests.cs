using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Tests.IO;

public sealed class BsonBinaryWriterTests
{
    [Fact]
    public void WritingElements_ProducesSpecificationBytes()
    {
        using var writer = new BsonBinaryWriter();

        writer.WriteStartDocument();
        writer.WriteName("a");
        writer.WriteInt32(1);
        writer.WriteName("b");
        writer.WriteStartArray();
        writer.WriteBoolean(true);
        writer.WriteNull();
        writer.WriteEndArray();
        writer.WriteEndDocument();

        // {"a": 1, "b": [true, null]}
        Assert.Equal("1B000000106100010000000462000C000000083000010A31000000", Convert.ToHexString(writer.Buffer.WrittenSpan));
        Assert.True(writer.IsAtTopLevel);
    }

    [Fact]
    public void Writing_AfterAMessageHeader_UsesAbsolutePositions()
    {
        using var buffer = new PooledBufferWriter();
        buffer.GetSpan(16)[..16].Fill(0xAA);
        buffer.Advance(16);
        var writer = new BsonBinaryWriter(buffer);

        writer.WriteValue(new BsonDocument("x", "y"));
        writer.WriteValue(new BsonDocument("z", 2L));

        var span = buffer.WrittenSpan;
        Assert.All(span[..16].ToArray(), b => Assert.Equal(0xAA, b));
        var reader = new BsonBinaryReader(span[16..]);
        Assert.Equal(new BsonDocument("x", "y"), reader.ReadBsonDocument());
        Assert.Equal(new BsonDocument("z", 2L), reader.ReadBsonDocument());
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void JavaScriptWithScope_IsWrittenWithItsTotalLength()
    {
        using var writer = new BsonBinaryWriter();

        writer.WriteStartDocument();
        writer.WriteName("a");
        writer.WriteStartJavaScriptWithScope("abcd");
        writer.WriteStartDocument();
        writer.WriteName("x");
        writer.WriteInt32(1);
        writer.WriteEndDocument();
        writer.WriteEndJavaScriptWithScope();
        writer.WriteEndDocument();

        Assert.Equal("210000000F6100190000000500000061626364000C000000107800010000000000", Convert.ToHexString(writer.Buffer.WrittenSpan));
    }

    [Fact]
    public void NameWithNullCharacter_IsRejectedWithThePath()
    {
        using var writer = new BsonBinaryWriter();
        writer.WriteStartDocument();
        writer.WriteName("outer");
        writer.WriteStartDocument();

        var exception = Assert.Throws<BsonSerializationException>(() => writer.WriteName("bad\0name"));

        Assert.Equal("outer.bad\0name", exception.Path);
        Assert.NotNull(exception.Offset);
    }

    [Fact]
    public void DocumentWithNullCharacterInName_CannotBeEncoded()
    {
        var document = new BsonDocument("a", new BsonArray { new BsonDocument("b\0", 1) });

        var exception = Assert.Throws<BsonSerializationException>(() => document.ToBson());

        Assert.StartsWith("a.0.b", exception.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void StringsWithLoneSurrogates_AreRejected()
    {
        Assert.Throws<BsonSerializationException>(() => new BsonDocument("s", "\uD800").ToBson());
        Assert.Throws<BsonSerializationException>(() => new BsonDocument("\uDC00", 1).ToBson());
        Assert.Throws<BsonSerializationException>(() => new BsonDocument("r", new BsonRegularExpression("a\0")).ToBson());
    }

    [Fact]
    public void StringsWithNullCharacters_AreAllowedAsValues()
    {
        var document = new BsonDocument("s", "a\0b");

        Assert.Equal(document, BsonDocument.FromBson(document.ToBson()));
    }

    [Fact]
    public void LongNonAsciiStrings_RoundTrip()
    {
        var text = string.Concat(Enumerable.Repeat("héllo wörld 😀 ", 2000));
        var document = new BsonDocument("s", text);

        Assert.Equal(text, BsonDocument.FromBson(document.ToBson())["s"].AsString);
    }

    [Fact]
    public void CallsOutOfOrder_ThrowInvalidOperationException()
    {
        using var writer = new BsonBinaryWriter();

        Assert.Throws<InvalidOperationException>(() => writer.WriteInt32(1));
        Assert.Throws<InvalidOperationException>(() => writer.WriteName("a"));
        Assert.Throws<InvalidOperationException>(() => writer.WriteEndDocument());
        writer.WriteStartDocument();
        Assert.Throws<InvalidOperationException>(() => writer.WriteInt32(1));
        Assert.Throws<InvalidOperationException>(() => writer.WriteEndArray());
        writer.WriteName("a");
        Assert.Throws<InvalidOperationException>(() => writer.WriteName("b"));
        Assert.Throws<InvalidOperationException>(() => writer.WriteEndDocument());
        writer.WriteStartArray();
        Assert.Throws<InvalidOperationException>(() => writer.WriteName("0"));
    }

    [Fact]
    public void RegularExpressionOptions_AreWrittenSorted()
    {
        using var writer = new BsonBinaryWriter();
        writer.WriteStartDocument();
        writer.WriteName("a");
        writer.WriteRegularExpression("abc", "mix");
        writer.WriteEndDocument();

        Assert.Equal("imx", BsonDocument.FromBson(writer.Buffer.WrittenSpan)["a"].AsBsonRegularExpression.Options);
    }

    [Fact]
    public void RawDocumentsAndElements_AreCopiedVerbatim()
    {
        var inner = new BsonDocument("x", 1).ToBson();
        var elements = new BsonDocument("y", "z").ToBson()[4..^1];
        using var writer = new BsonBinaryWriter();

        writer.WriteStartDocument();
        writer.WriteName("inner");
        writer.WriteRawDocument(inner);
        writer.WriteRawElements(elements);
        writer.WriteName("code");
        writer.WriteStartJavaScriptWithScope("f()");
        writer.WriteRawDocument(inner);
        writer.WriteEndJavaScriptWithScope();
        writer.WriteEndDocument();

        var expected = new BsonDocument
        {
            { "inner", new BsonDocument("x", 1) },
            { "y", "z" },
            { "code", new BsonJavaScriptWithScope("f()", new BsonDocument("x", 1)) },
        };
        Assert.Equal(expected, BsonDocument.FromBson(writer.Buffer.WrittenSpan));
        Assert.Throws<BsonSerializationException>(() => writer.WriteRawDocument(new byte[] { 6, 0, 0, 0, 0 }));
    }

    [Fact]
    public void Utf8Names_AreWrittenAsGiven()
    {
        using var writer = new BsonBinaryWriter();
        writer.WriteStartDocument();
        writer.WriteName("naïve"u8);
        writer.WriteInt64(5);
        writer.WriteEndDocument();

        Assert.Equal(5L, BsonDocument.FromBson(writer.Buffer.WrittenSpan)["naïve"].AsInt64);
        writer.WriteStartDocument();
        Assert.Throws<BsonSerializationException>(() => writer.WriteName([0x61, 0x00]));
        Assert.Throws<BsonSerializationException>(() => writer.WriteName([0xFF]));
    }

    [Fact]
    public void EveryValueType_RoundTripsThroughWriterAndReader()
    {
        var document = new BsonDocument
        {
            { "double", 1.5 },
            { "string", "text" },
            { "document", new BsonDocument("x", 1) },
            { "array", new BsonArray { 1, "two", new BsonArray() } },
            { "binary", new BsonBinaryData([1, 2, 3], BsonBinarySubType.Md5) },
            { "undefined", BsonUndefined.Value },
            { "objectId", ObjectId.GenerateNewId() },
            { "boolean", true },
            { "dateTime", new BsonDateTime(1_700_000_000_123) },
            { "null", BsonNull.Value },
            { "regex", new BsonRegularExpression("^a.*", "ix") },
            { "dbPointer", new BsonDbPointer("db.coll", ObjectId.GenerateNewId()) },
            { "javaScript", new BsonJavaScript("function() {}") },
            { "symbol", new BsonSymbol("sym") },
            { "javaScriptWithScope", new BsonJavaScriptWithScope("x + y", new BsonDocument { { "x", 1 }, { "y", 2 } }) },
            { "int32", int.MinValue },
            { "timestamp", new BsonTimestamp(1_700_000_000, 7) },
            { "int64", long.MaxValue },
            { "decimal128", new Decimal128(0x3040_0000_0000_0000, 12345) },
            { "minKey", BsonMinKey.Value },
            { "maxKey", BsonMaxKey.Value },
            { "guid", Guid.NewGuid() },
            { "empty", string.Empty },
            { "negativeZero", -0.0 },
            { "nan", double.NaN },
        };

        var decoded = BsonDocument.FromBson(document.ToBson());

        Assert.Equal(document, decoded);
        Assert.Equal(document.ToBson(), decoded.ToBson());
        Assert.Equal(Enum.GetValues<BsonType>().Length, decoded.Values.Select(v => v.BsonType).Distinct().Count());
    }
}
