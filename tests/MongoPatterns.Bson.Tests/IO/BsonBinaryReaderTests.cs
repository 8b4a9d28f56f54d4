using System.Text;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Tests.IO;

public sealed class BsonBinaryReaderTests
{
    private static readonly byte[] Sample = new BsonDocument
    {
        { "name", "Ada" },
        { "nested", new BsonDocument { { "x", 1 }, { "y", new BsonArray { 1.5, "z" } } } },
        { "n", 42L },
    }.ToBson();

    [Fact]
    public void StreamingApi_ReadsNamesAndValuesInOrder()
    {
        var reader = new BsonBinaryReader(Sample);

        reader.ReadStartDocument();
        Assert.Equal(1, reader.Depth);
        Assert.True(reader.TryReadNextElement(out var type));
        Assert.Equal(BsonType.String, type);
        Assert.True(reader.ReadNameSpan().SequenceEqual("name"u8));
        Assert.True(reader.ReadStringSpan().SequenceEqual("Ada"u8));
        Assert.True(reader.TryReadNextElement(out type));
        Assert.Equal(BsonType.Document, type);
        Assert.Equal("nested", reader.ReadName());
        reader.ReadStartDocument();
        Assert.Equal(2, reader.Depth);
        Assert.True(reader.TryReadNextElement(out type));
        reader.SkipName();
        Assert.Equal(1, reader.ReadInt32());
        Assert.True(reader.TryReadNextElement(out type));
        Assert.Equal(BsonType.Array, type);
        reader.SkipName();
        reader.ReadStartArray();
        Assert.True(reader.TryReadNextElement(out type));
        reader.SkipName();
        Assert.Equal(1.5, reader.ReadDouble());
        Assert.True(reader.TryReadNextElement(out type));
        reader.SkipName();
        Assert.Equal("z", reader.ReadString());
        Assert.False(reader.TryReadNextElement(out _));
        reader.ReadEndArray();
        Assert.False(reader.TryReadNextElement(out _));
        reader.ReadEndDocument();
        Assert.True(reader.TryReadNextElement(out type));
        Assert.Equal(BsonType.Int64, reader.CurrentBsonType);
        Assert.Equal("n", reader.ReadName());
        Assert.Equal(42L, reader.ReadInt64());
        Assert.False(reader.TryReadNextElement(out _));
        reader.ReadEndDocument();
        Assert.True(reader.IsAtEnd);
        Assert.Equal(Sample.Length, reader.Position);
    }

    [Fact]
    public void ReadName_ReturnsTheSameStringInstanceForRepeatedNames()
    {
        var first = new BsonBinaryReader(Sample);
        first.ReadStartDocument();
        first.TryReadNextElement(out _);
        var a = first.ReadName();

        var second = new BsonBinaryReader(Sample);
        second.ReadStartDocument();
        second.TryReadNextElement(out _);
        var b = second.ReadName();

        Assert.Same(a, b);
    }

    [Fact]
    public void ReadRawDocumentBytes_ReturnsTheEmbeddedDocumentsBytes()
    {
        var reader = new BsonBinaryReader(Sample);
        reader.ReadStartDocument();
        reader.TryReadNextElement(out var type);
        reader.SkipName();
        reader.SkipValue(type);
        reader.TryReadNextElement(out _);
        reader.SkipName();

        var nested = reader.ReadRawDocumentBytes();

        Assert.Equal(new BsonDocument { { "x", 1 }, { "y", new BsonArray { 1.5, "z" } } }, BsonDocument.FromBson(nested));
        reader.TryReadNextElement(out type);
        Assert.Equal(BsonType.Int64, type);
    }

    [Fact]
    public void ReadRawDocumentBytes_AtTopLevel_ReadsWholeDocumentsInSequence()
    {
        var two = Sample.Concat(Sample).ToArray();
        var reader = new BsonBinaryReader(two);

        Assert.Equal(Sample, reader.ReadRawDocumentBytes().ToArray());
        Assert.False(reader.IsAtEnd);
        Assert.Equal(Sample, reader.ReadRawDocumentBytes().ToArray());
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void JavaScriptWithScope_CanBeReadStepByStep()
    {
        var bytes = new BsonDocument("c", new BsonJavaScriptWithScope("f()", new BsonDocument("v", true))).ToBson();
        var reader = new BsonBinaryReader(bytes);

        reader.ReadStartDocument();
        reader.TryReadNextElement(out var type);
        Assert.Equal(BsonType.JavaScriptWithScope, type);
        reader.SkipName();
        Assert.Equal("f()", reader.ReadStartJavaScriptWithScope());
        Assert.Equal(new BsonDocument("v", true), reader.ReadBsonDocument());
        reader.ReadEndJavaScriptWithScope();
        reader.ReadEndDocument();
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void ReadingTheWrongTypeOrOutOfOrder_ThrowsInvalidOperationException()
    {
        Assert.Throws<InvalidOperationException>(() =>
        {
            var reader = new BsonBinaryReader(Sample);
            reader.ReadStartDocument();
            reader.TryReadNextElement(out _);
            reader.ReadName();
            reader.ReadInt32();
        });
        Assert.Throws<InvalidOperationException>(() =>
        {
            var reader = new BsonBinaryReader(Sample);
            reader.ReadStartDocument();
            reader.TryReadNextElement(out _);
            reader.ReadString();
        });
        Assert.Throws<InvalidOperationException>(() =>
        {
            var reader = new BsonBinaryReader(Sample);
            reader.TryReadNextElement(out _);
        });
        Assert.Throws<InvalidOperationException>(() =>
        {
            var reader = new BsonBinaryReader(Sample);
            reader.ReadStartDocument();
            reader.ReadEndDocument();
        });
    }

    [Fact]
    public void EveryTypedReader_ReadsItsValue()
    {
        var id = ObjectId.GenerateNewId();
        var decimalValue = new Decimal128(0x3040_0000_0000_0000, 7);
        var bytes = new BsonDocument
        {
            { "bin", new BsonBinaryData([9, 8], BsonBinarySubType.Sensitive) },
            { "u", BsonUndefined.Value },
            { "o", id },
            { "b", false },
            { "d", new BsonDateTime(-7) },
            { "n", BsonNull.Value },
            { "r", new BsonRegularExpression("p", "i") },
            { "p", new BsonDbPointer("a.b", id) },
            { "js", new BsonJavaScript("code") },
            { "sym", new BsonSymbol("s") },
            { "ts", new BsonTimestamp(9, 10) },
            { "dec", decimalValue },
            { "min", BsonMinKey.Value },
            { "max", BsonMaxKey.Value },
        }.ToBson();
        var reader = new BsonBinaryReader(bytes);
        reader.ReadStartDocument();

        Next(ref reader);
        Assert.Equal(new byte[] { 9, 8 }, reader.ReadBinaryData(out var subType).ToArray());
        Assert.Equal(BsonBinarySubType.Sensitive, subType);
        Next(ref reader);
        reader.ReadUndefined();
        Next(ref reader);
        Assert.Equal(id, reader.ReadObjectId());
        Next(ref reader);
        Assert.False(reader.ReadBoolean());
        Next(ref reader);
        Assert.Equal(-7, reader.ReadDateTime());
        Next(ref reader);
        reader.ReadNull();
        Next(ref reader);
        reader.ReadRegularExpression(out var pattern, out var options);
        Assert.Equal(("p", "i"), (pattern, options));
        Next(ref reader);
        reader.ReadDbPointer(out var ns, out var pointerId);
        Assert.Equal(("a.b", id), (ns, pointerId));
        Next(ref reader);
        Assert.Equal("code", reader.ReadJavaScript());
        Next(ref reader);
        Assert.Equal("s", reader.ReadSymbol());
        Next(ref reader);
        Assert.Equal((9UL << 32) | 10, reader.ReadTimestamp());
        Next(ref reader);
        Assert.Equal(decimalValue, reader.ReadDecimal128());
        Next(ref reader);
        reader.ReadMinKey();
        Next(ref reader);
        reader.ReadMaxKey();
        Assert.False(reader.TryReadNextElement(out _));
        reader.ReadEndDocument();

        static void Next(ref BsonBinaryReader reader)
        {
            Assert.True(reader.TryReadNextElement(out _));
            reader.SkipName();
        }
    }

    [Fact]
    public void LongNames_AreDecodedWithoutTheCache()
    {
        var name = new string('n', 200) + "é";
        var bytes = new BsonDocument(name, 1).ToBson();

        Assert.Equal(name, BsonDocument.FromBson(bytes).Names.Single());
        Assert.Equal(Encoding.UTF8.GetByteCount(name) + 11, bytes.Length);
    }
}
