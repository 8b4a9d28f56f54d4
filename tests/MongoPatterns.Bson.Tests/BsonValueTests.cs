using System.Text.RegularExpressions;

namespace MongoPatterns.Bson.Tests;

public sealed class BsonValueTests
{
    private static readonly Decimal128 DecimalOne = new(0x3040_0000_0000_0000, 1);

    [Fact]
    public void ImplicitConversions_ProduceTheMatchingBsonTypes()
    {
        var id = ObjectId.GenerateNewId();
        var guid = Guid.NewGuid();

        Assert.Equal(BsonType.Boolean, ((BsonValue)true).BsonType);
        Assert.Equal(BsonType.Int32, ((BsonValue)1).BsonType);
        Assert.Equal(BsonType.Int64, ((BsonValue)1L).BsonType);
        Assert.Equal(BsonType.Double, ((BsonValue)1.5).BsonType);
        Assert.Equal(BsonType.String, ((BsonValue)"x").BsonType);
        Assert.Equal(BsonType.DateTime, ((BsonValue)DateTime.UtcNow).BsonType);
        Assert.Equal(id, ((BsonValue)id).AsObjectId);
        Assert.Equal(guid, ((BsonValue)guid).AsGuid);
        Assert.Equal(BsonBinarySubType.UuidStandard, ((BsonValue)guid).AsBsonBinaryData.SubType);
        Assert.Equal(DecimalOne, ((BsonValue)DecimalOne).AsDecimal128);
        Assert.Equal(BsonBinarySubType.Binary, ((BsonValue)new byte[] { 1, 2 }).AsBsonBinaryData.SubType);
        Assert.Same(BsonNull.Value, (BsonValue)(string?)null);
        Assert.Same(BsonNull.Value, (BsonValue)(byte[]?)null);
    }

    [Fact]
    public void AsAccessor_OnTheWrongType_ThrowsInvalidCastExceptionNamingBothTypes()
    {
        BsonValue value = "text";

        var exception = Assert.Throws<InvalidCastException>(() => value.AsInt32);

        Assert.Contains("String", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Int32", exception.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidCastException>(() => value.AsBsonDocument);
        Assert.Throws<InvalidCastException>(() => value.AsBsonArray);
        Assert.Throws<InvalidCastException>(() => value.AsInt64);
        Assert.Throws<InvalidCastException>(() => value.AsDouble);
        Assert.Throws<InvalidCastException>(() => value.AsBoolean);
        Assert.Throws<InvalidCastException>(() => value.AsObjectId);
        Assert.Throws<InvalidCastException>(() => value.AsDecimal128);
        Assert.Throws<InvalidCastException>(() => value.AsBsonDateTime);
        Assert.Throws<InvalidCastException>(() => value.AsBsonBinaryData);
        Assert.Throws<InvalidCastException>(() => value.AsBsonTimestamp);
        Assert.Throws<InvalidCastException>(() => value.AsBsonRegularExpression);
        Assert.Throws<InvalidCastException>(() => value.AsGuid);
        Assert.Throws<InvalidCastException>(() => ((BsonValue)1).AsString);
    }

    [Fact]
    public void AsGuid_OnLegacySubtype_ThrowsInvalidCastException()
    {
        BsonValue legacy = new BsonBinaryData(Guid.NewGuid(), GuidRepresentation.CSharpLegacy);

        Assert.True(legacy.IsGuid);
        Assert.Throws<InvalidCastException>(() => legacy.AsGuid);
    }

    [Fact]
    public void IsPredicates_MatchTheBsonType()
    {
        Assert.True(((BsonValue)1).IsNumeric);
        Assert.True(((BsonValue)1L).IsNumeric);
        Assert.True(((BsonValue)1.0).IsNumeric);
        Assert.True(((BsonValue)DecimalOne).IsNumeric);
        Assert.False(((BsonValue)"1").IsNumeric);
        Assert.True(((BsonValue)"1").IsString);
        Assert.True(new BsonDocument().IsBsonDocument);
        Assert.True(new BsonArray().IsBsonArray);
        Assert.True(BsonNull.Value.IsBsonNull);
        Assert.True(BsonUndefined.Value.IsBsonUndefined);
        Assert.True(BsonBoolean.True.IsBoolean);
        Assert.True(((BsonValue)1).IsInt32);
        Assert.True(((BsonValue)1L).IsInt64);
        Assert.True(((BsonValue)1.0).IsDouble);
        Assert.True(((BsonValue)DecimalOne).IsDecimal128);
        Assert.True(((BsonValue)ObjectId.Empty).IsObjectId);
        Assert.True(new BsonDateTime(0).IsBsonDateTime);
        Assert.True(new BsonBinaryData([]).IsBsonBinaryData);
        Assert.True(new BsonTimestamp(1).IsBsonTimestamp);
        Assert.True(new BsonRegularExpression("a").IsBsonRegularExpression);
        Assert.True(new BsonJavaScript("f").IsBsonJavaScript);
        Assert.True(new BsonJavaScriptWithScope("f", []).IsBsonJavaScriptWithScope);
        Assert.True(new BsonSymbol("s").IsBsonSymbol);
        Assert.True(new BsonDbPointer("a.b", ObjectId.Empty).IsBsonDbPointer);
        Assert.True(BsonMinKey.Value.IsBsonMinKey);
        Assert.True(BsonMaxKey.Value.IsBsonMaxKey);
        Assert.False(new BsonBinaryData([1]).IsGuid);
    }

    [Fact]
    public void NumericConversions_WorkAcrossNumericTypes()
    {
        Assert.Equal(3.0, ((BsonValue)3).ToDouble());
        Assert.Equal(3, ((BsonValue)3L).ToInt32());
        Assert.Equal(3, ((BsonValue)3.9).ToInt32());
        Assert.Equal(-3, ((BsonValue)(-3.9)).ToInt64());
        Assert.Equal(1.0, ((BsonValue)DecimalOne).ToDouble());
        Assert.Equal(1, ((BsonValue)DecimalOne).ToInt32());
        Assert.Equal(1L, ((BsonValue)DecimalOne).ToInt64());
        Assert.Equal(DecimalOne, ((BsonValue)1).ToDecimal128());
        Assert.Equal(DecimalOne, ((BsonValue)1L).ToDecimal128());
        Assert.Equal(new Decimal128(0x3040_0000_0000_0000, 1), ((BsonValue)1.0).ToDecimal128());
    }

    [Fact]
    public void ToDecimal128_FromDouble_UsesTheShortestRoundTripDigits()
    {
        // 0.1 -> coefficient 1, exponent -1: biased exponent 6175.
        var expected = new Decimal128((ulong)6175 << 49, 1);

        Assert.Equal(expected, ((BsonValue)0.1).ToDecimal128());
        Assert.Equal(0.1, new BsonDecimal128(expected).ToDouble());
    }

    [Fact]
    public void NumericConversions_OutOfRange_ThrowOverflowException()
    {
        Assert.Throws<OverflowException>(() => ((BsonValue)long.MaxValue).ToInt32());
        Assert.Throws<OverflowException>(() => ((BsonValue)double.NaN).ToInt64());
        Assert.Throws<OverflowException>(() => ((BsonValue)1e300).ToInt64());
        Assert.Throws<OverflowException>(() => new BsonDecimal128(new Decimal128(0x7C00_0000_0000_0000, 0)).ToInt64());
    }

    [Fact]
    public void NumericConversions_OnNonNumericValues_ThrowInvalidCastException()
    {
        BsonValue text = "12";

        Assert.Throws<InvalidCastException>(() => text.ToDouble());
        Assert.Throws<InvalidCastException>(() => text.ToInt32());
        Assert.Throws<InvalidCastException>(() => text.ToInt64());
        Assert.Throws<InvalidCastException>(() => text.ToDecimal128());
    }

    [Fact]
    public void ToBoolean_FollowsMongoDbTruthiness()
    {
        Assert.False(BsonBoolean.False.ToBoolean());
        Assert.False(BsonNull.Value.ToBoolean());
        Assert.False(BsonUndefined.Value.ToBoolean());
        Assert.False(((BsonValue)0).ToBoolean());
        Assert.False(((BsonValue)0L).ToBoolean());
        Assert.False(((BsonValue)(-0.0)).ToBoolean());
        Assert.False(new BsonDecimal128(new Decimal128(0x3040_0000_0000_0000, 0)).ToBoolean());

        Assert.True(BsonBoolean.True.ToBoolean());
        Assert.True(((BsonValue)double.NaN).ToBoolean());
        Assert.True(((BsonValue)"").ToBoolean());
        Assert.True(new BsonDocument().ToBoolean());
        Assert.True(new BsonArray().ToBoolean());
        Assert.True(((BsonValue)(-1)).ToBoolean());
    }

    [Fact]
    public void Create_MapsPrimitivesCollectionsAndBsonValues()
    {
        var existing = new BsonDocument("a", 1);

        Assert.Same(BsonNull.Value, BsonValue.Create(null));
        Assert.Same(existing, BsonValue.Create(existing));
        Assert.Equal(BsonType.Int32, BsonValue.Create((short)5).BsonType);
        Assert.Equal(BsonType.Int64, BsonValue.Create(5u).BsonType);
        Assert.Equal(BsonType.Double, BsonValue.Create(1.5f).BsonType);
        Assert.Equal(BsonType.DateTime, BsonValue.Create(DateTimeOffset.UnixEpoch).BsonType);
        Assert.Equal("i", BsonValue.Create(new Regex("x", RegexOptions.IgnoreCase)).AsBsonRegularExpression.Options);
        Assert.Equal(
            new BsonDocument { { "a", 1 }, { "b", new BsonArray { "x", 2L } } },
            BsonValue.Create(new Dictionary<string, object?> { ["a"] = 1, ["b"] = new object[] { "x", 2L } }));
        Assert.Throws<ArgumentException>(() => BsonValue.Create(new object()));
        Assert.Throws<ArgumentException>(() => BsonValue.Create(ulong.MaxValue));
    }

    [Fact]
    public void Equals_IsStrictAboutTypes()
    {
        Assert.NotEqual<BsonValue>(1, 1L);
        Assert.NotEqual<BsonValue>(1, 1.0);
        Assert.False((BsonValue)1 == (BsonValue)1.0);
        Assert.True((BsonValue)1 == (BsonValue)1);
        Assert.True((BsonValue)"a" != (BsonValue)new BsonSymbol("a"));
    }

    [Fact]
    public void Equals_ComparesDoublesByBitsExceptNaN()
    {
        Assert.Equal<BsonValue>(double.NaN, -double.NaN);
        Assert.NotEqual<BsonValue>(0.0, -0.0);
        Assert.Equal(((BsonValue)double.NaN).GetHashCode(), ((BsonValue)(-double.NaN)).GetHashCode());
    }

    [Fact]
    public void Equals_ComparesDocumentsByOrderedElementsAndArraysElementWise()
    {
        var ab = new BsonDocument { { "a", 1 }, { "b", 2 } };
        var ba = new BsonDocument { { "b", 2 }, { "a", 1 } };

        Assert.Equal(new BsonDocument { { "a", 1 }, { "b", 2 } }, ab);
        Assert.NotEqual(ab, ba);
        Assert.Equal(ab.GetHashCode(), new BsonDocument { { "a", 1 }, { "b", 2 } }.GetHashCode());
        Assert.Equal(new BsonArray { 1, "x" }, new BsonArray { 1, "x" });
        Assert.NotEqual(new BsonArray { 1, "x" }, new BsonArray { "x", 1 });
    }

    [Fact]
    public void EqualityOperators_HandleNull()
    {
        BsonValue? missing = null;

        Assert.True(missing == null);
        Assert.False(missing == BsonNull.Value);
        Assert.True(BsonNull.Value != missing);
        Assert.False(BsonNull.Value.Equals(null));
    }

    [Fact]
    public void ComparisonOperators_UseMongoDbOrder()
    {
        Assert.True((BsonValue)1 < (BsonValue)2.5);
        Assert.True((BsonValue)"a" > (BsonValue)1000);
        Assert.True((BsonValue)1 <= (BsonValue)1.0);
        Assert.True((BsonValue)1 >= (BsonValue)1.0);
        Assert.Equal(0, ((BsonValue)1).CompareTo(1.0));
        Assert.True(BsonMinKey.Value.CompareTo(null) > 0);
    }

    [Fact]
    public void Create_CachesSmallIntegersAndBooleans()
    {
        Assert.Same(BsonInt32.Create(7), BsonInt32.Create(7));
        Assert.Same(BsonInt32.Create(-1), (BsonValue)(-1));
        Assert.Same(BsonInt32.Create(-128), BsonInt32.Create(-128));
        Assert.Same(BsonInt32.Create(255), BsonInt32.Create(255));
        Assert.Equal(-128, BsonInt32.Create(-128).Value);
        Assert.Equal(255, BsonInt32.Create(255).Value);
        Assert.NotSame(BsonInt32.Create(256), BsonInt32.Create(256));
        Assert.NotSame(BsonInt32.Create(-129), BsonInt32.Create(-129));
        Assert.NotSame(BsonInt32.Create(1000), BsonInt32.Create(1000));
        Assert.Same(BsonBoolean.True, (BsonValue)true);
        Assert.Same(BsonInt64.Create(3), BsonInt64.Create(3));
    }

    [Fact]
    public void DeepClone_CopiesContainersAndSharesImmutableValues()
    {
        var text = new BsonString("shared");
        var original = new BsonDocument
        {
            { "text", text },
            { "nested", new BsonDocument("x", 1) },
            { "list", new BsonArray { new BsonDocument("y", 2) } },
        };

        var clone = original.DeepClone();
        clone["nested"].AsBsonDocument["x"] = 99;
        clone["list"].AsBsonArray[0].AsBsonDocument["y"] = 99;

        Assert.Same(text, clone["text"]);
        Assert.Equal(1, original["nested"]["x"].AsInt32);
        Assert.Equal(2, original["list"].AsBsonArray[0]["y"].AsInt32);
    }

    [Fact]
    public void ToString_GivesRelaxedExtendedJson()
    {
        var document = new BsonDocument
        {
            { "s", "a\"b\n" },
            { "i", 1 },
            { "l", 2L },
            { "d", 1.0 },
            { "f", 2.5 },
            { "nan", double.NaN },
            { "b", true },
            { "n", BsonNull.Value },
            { "o", ObjectId.Parse("5f1d7a3b9c0e4d2a1b3c4d5e") },
            { "t", new BsonDateTime(86_400_000) },
            { "bin", new BsonBinaryData([1, 2, 3]) },
            { "re", new BsonRegularExpression("^a", "mi") },
            { "ts", new BsonTimestamp(5, 6) },
            { "arr", new BsonArray { 1, "x" } },
            { "min", BsonMinKey.Value },
        };

        Assert.Equal(
            "{\"s\": \"a\\\"b\\n\", \"i\": 1, \"l\": 2, \"d\": 1.0, \"f\": 2.5, \"nan\": {\"$numberDouble\": \"NaN\"}, \"b\": true, "
            + "\"n\": null, \"o\": {\"$oid\": \"5f1d7a3b9c0e4d2a1b3c4d5e\"}, \"t\": {\"$date\": \"1970-01-02T00:00:00Z\"}, "
            + "\"bin\": {\"$binary\": {\"base64\": \"AQID\", \"subType\": \"00\"}}, "
            + "\"re\": {\"$regularExpression\": {\"pattern\": \"^a\", \"options\": \"im\"}}, "
            + "\"ts\": {\"$timestamp\": {\"t\": 5, \"i\": 6}}, \"arr\": [1, \"x\"], \"min\": {\"$minKey\": 1}}",
            document.ToString());
        Assert.Equal("plain", new BsonString("plain").ToString());
        Assert.Equal("{\"$date\": {\"$numberLong\": \"-1\"}}", new BsonDateTime(-1).ToString());
    }

    [Fact]
    public void RegularExpression_SortsItsOptions()
    {
        Assert.Equal("imsx", new BsonRegularExpression("a", "xsmi").Options);
        Assert.Equal(string.Empty, new BsonRegularExpression("a").Options);
        Assert.Equal(new BsonRegularExpression("a", "mi"), new BsonRegularExpression("a", "im"));
    }

    [Fact]
    public void Timestamp_SplitsIntoSecondsAndIncrement()
    {
        var timestamp = new BsonTimestamp(0x1234_5678, 0x9ABC_DEF0);

        Assert.Equal(0x1234_5678_9ABC_DEF0UL, timestamp.Value);
        Assert.Equal(0x1234_5678u, timestamp.Timestamp);
        Assert.Equal(0x9ABC_DEF0u, timestamp.Increment);
    }
}
