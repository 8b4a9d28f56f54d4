using System.Text;

namespace MongoPatterns.Bson.Tests.Json;

public sealed class ExtendedJsonReaderTests
{
    [Theory]
    [InlineData("0", BsonType.Int32)]
    [InlineData("-0", BsonType.Int32)]
    [InlineData("2147483647", BsonType.Int32)]
    [InlineData("-2147483648", BsonType.Int32)]
    [InlineData("2147483648", BsonType.Int64)]
    [InlineData("-9223372036854775808", BsonType.Int64)]
    [InlineData("9223372036854775808", BsonType.Double)]
    [InlineData("1.0", BsonType.Double)]
    [InlineData("1e2", BsonType.Double)]
    [InlineData("1E-2", BsonType.Double)]
    [InlineData("-0.0", BsonType.Double)]
    public void Parse_PlainNumbers_BecomeTheSmallestIntegerTypeOrDouble(string number, BsonType expected)
    {
        var document = BsonDocument.Parse($"{{\"n\": {number}}}");

        Assert.Equal(expected, document["n"].BsonType);
    }

    [Fact]
    public void Parse_NegativeZeroDouble_KeepsItsSign()
    {
        var value = BsonDocument.Parse("{\"n\": -0.0}")["n"].AsDouble;

        Assert.True(double.IsNegative(value));
    }

    [Fact]
    public void Parse_PlainJsonTypes()
    {
        var document = BsonDocument.Parse("""{"s": "x\u00e9\n", "t": true, "f": false, "z": null, "a": [1, [], {}], "d": {"k": "v"}}""");

        Assert.Equal(
            new BsonDocument
            {
                { "s", "xé\n" },
                { "t", true },
                { "f", false },
                { "z", BsonNull.Value },
                { "a", new BsonArray { 1, new BsonArray(), new BsonDocument() } },
                { "d", new BsonDocument("k", "v") },
            },
            document);
    }

    [Fact]
    public void Parse_DuplicateNames_AreKeptInOrder()
    {
        var document = BsonDocument.Parse("{\"a\": 1, \"a\": 2}");

        Assert.Equal(2, document.ElementCount);
        Assert.Equal(1, document["a"].AsInt32);
        Assert.Equal(2, document[1].AsInt32);
    }

    [Fact]
    public void Parse_EveryCanonicalWrapper()
    {
        var document = BsonDocument.Parse(
            """
            {
              "oid": {"$oid": "5F1D7A3B9C0E4D2A1B3C4D5E"},
              "symbol": {"$symbol": "s"},
              "int": {"$numberInt": "-5"},
              "long": {"$numberLong": "5"},
              "double": {"$numberDouble": "-1.5"},
              "inf": {"$numberDouble": "-Infinity"},
              "decimal": {"$numberDecimal": "1.50"},
              "binary": {"$binary": {"base64": "AQID", "subType": "5"}},
              "uuid": {"$uuid": "73ffd264-44b3-4c69-90e8-e7d1dfc035d4"},
              "code": {"$code": "f()"},
              "codeWithScope": {"$scope": {"x": 1}, "$code": "g()"},
              "timestamp": {"$timestamp": {"i": 2, "t": 1}},
              "regex": {"$regularExpression": {"options": "xi", "pattern": "^a"}},
              "pointer": {"$dbPointer": {"$id": {"$oid": "5f1d7a3b9c0e4d2a1b3c4d5e"}, "$ref": "db.c"}},
              "date": {"$date": {"$numberLong": "-1"}},
              "isoDate": {"$date": "1970-01-01T00:00:01.5+01:00"},
              "min": {"$minKey": 1},
              "max": {"$maxKey": 1},
              "undefined": {"$undefined": true}
            }
            """);

        var id = ObjectId.Parse("5f1d7a3b9c0e4d2a1b3c4d5e");
        Assert.Equal(id, document["oid"].AsObjectId);
        Assert.Equal(new BsonSymbol("s"), document["symbol"]);
        Assert.Equal(new BsonInt32(-5), document["int"]);
        Assert.Equal(new BsonInt64(5), document["long"]);
        Assert.Equal(new BsonDouble(-1.5), document["double"]);
        Assert.Equal(new BsonDouble(double.NegativeInfinity), document["inf"]);
        Assert.Equal(new BsonDecimal128(Decimal128.Parse("1.50")), document["decimal"]);
        Assert.Equal(new BsonBinaryData([1, 2, 3], BsonBinarySubType.Md5), document["binary"]);
        Assert.Equal(new BsonBinaryData(Guid.Parse("73ffd264-44b3-4c69-90e8-e7d1dfc035d4")), document["uuid"]);
        Assert.Equal(new BsonJavaScript("f()"), document["code"]);
        Assert.Equal(new BsonJavaScriptWithScope("g()", new BsonDocument("x", 1)), document["codeWithScope"]);
        Assert.Equal(new BsonTimestamp(1, 2), document["timestamp"]);
        Assert.Equal(new BsonRegularExpression("^a", "ix"), document["regex"]);
        Assert.Equal(new BsonDbPointer("db.c", id), document["pointer"]);
        Assert.Equal(new BsonDateTime(-1), document["date"]);
        Assert.Equal(new BsonDateTime(-3_598_500), document["isoDate"]);
        Assert.Same(BsonMinKey.Value, document["min"]);
        Assert.Same(BsonMaxKey.Value, document["max"]);
        Assert.Same(BsonUndefined.Value, document["undefined"]);
    }

    [Theory]
    [InlineData("2012-12-24T12:15:30.501Z", 1_356_351_330_501L)]
    [InlineData("2012-12-24T12:15:30Z", 1_356_351_330_000L)]
    [InlineData("2012-12-24t12:15:30.5z", 1_356_351_330_500L)]
    [InlineData("2012-12-24T12:15:30.50199Z", 1_356_351_330_501L)]
    [InlineData("2012-12-24T13:15:30.501+01:00", 1_356_351_330_501L)]
    [InlineData("2012-12-24T11:15:30.501-0100", 1_356_351_330_501L)]
    [InlineData("0001-01-01T00:00:00Z", -62_135_596_800_000L)]
    public void Parse_IsoDates_AcceptRfc3339Forms(string text, long expected)
    {
        var document = BsonDocument.Parse($"{{\"d\": {{\"$date\": \"{text}\"}}}}");

        Assert.Equal(expected, document["d"].AsBsonDateTime.MillisecondsSinceEpoch);
    }

    [Theory]
    [InlineData("2012-12-24")]
    [InlineData("2012-12-24T12:15:30")]
    [InlineData("2012-13-24T12:15:30Z")]
    [InlineData("2013-02-29T12:15:30Z")]
    [InlineData("2012-12-24T24:00:00Z")]
    [InlineData("2012-12-24T12:15:30.Z")]
    [InlineData("2012-12-24T12:15:30+1:00")]
    [InlineData(" 2012-12-24T12:15:30Z")]
    public void Parse_InvalidIsoDates_AreRejected(string text)
    {
        Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse($"{{\"d\": {{\"$date\": \"{text}\"}}}}"));
    }

    [Fact]
    public void Parse_LegacyRegexAndBinaryForms_AreRead()
    {
        var document = BsonDocument.Parse("""{"r": {"$options": "mi", "$regex": "^a"}, "r2": {"$regex": "b"}, "b": {"$type": "80", "$binary": "AQID"}}""");

        Assert.Equal(new BsonRegularExpression("^a", "im"), document["r"]);
        Assert.Equal(new BsonRegularExpression("b"), document["r2"]);
        Assert.Equal(new BsonBinaryData([1, 2, 3], BsonBinarySubType.UserDefined), document["b"]);
    }

    [Theory]
    [InlineData("""{"q": {"$regex": {"$regularExpression": {"pattern": "a", "options": ""}}, "$options": "i"}}""")]
    [InlineData("""{"q": {"$regex": "a", "other": 1}}""")]
    [InlineData("""{"q": {"$type": "string"}}""")]
    [InlineData("""{"q": {"$type": 2}}""")]
    [InlineData("""{"q": {"$options": "i"}}""")]
    public void Parse_QueryOperatorsThatLookLikeLegacyWrappers_StayDocuments(string json)
    {
        var document = BsonDocument.Parse(json);

        Assert.Equal(BsonType.Document, document["q"].BsonType);
    }

    [Fact]
    public void Parse_UnknownDollarKeysAndDbRefs_StayDocuments()
    {
        var document = BsonDocument.Parse("""{"q": {"$gt": 5}, "ref": {"$ref": "c", "$id": {"$oid": "5f1d7a3b9c0e4d2a1b3c4d5e"}, "$db": "d"}, "$": {"$": 1}}""");

        Assert.Equal(new BsonDocument("$gt", 5), document["q"]);
        var reference = document["ref"].AsBsonDocument;
        Assert.Equal(new[] { "$ref", "$id", "$db" }, reference.Names);
        Assert.Equal(BsonType.ObjectId, reference["$id"].BsonType);
        Assert.Equal(new BsonDocument("$", 1), document["$"]);
    }

    [Fact]
    public void Parse_TopLevelObject_IsNeverAWrapper()
    {
        var document = BsonDocument.Parse("""{"$numberInt": "1", "$oid": 5}""");

        Assert.Equal(new BsonDocument { { "$numberInt", "1" }, { "$oid", 5 } }, document);
    }

    [Fact]
    public void Parse_ArrayElements_CanBeWrappers()
    {
        var array = BsonArray.Parse("""[{"$numberLong": "1"}, {"$date": "1970-01-01T00:00:00Z"}, {"a": 1}]""");

        Assert.Equal(new BsonArray { 1L, new BsonDateTime(0), new BsonDocument("a", 1) }, array);
    }

    [Theory]
    [InlineData("""{"a": {"x": 1, "$oid": "5f1d7a3b9c0e4d2a1b3c4d5e"}}""", "also has 'x'")]
    [InlineData("""{"a": {"$oid": "5f1d7a3b9c0e4d2a1b3c4d5e", "$numberInt": "1"}}""", "cannot be combined")]
    [InlineData("""{"a": {"$oid": "5f1d7a3b9c0e4d2a1b3c4d5e", "$oid": "5f1d7a3b9c0e4d2a1b3c4d5e"}}""", "appears twice")]
    [InlineData("""{"a": {"$oid": "5f1d7a3b9c0e4d2a1b3c4d5"}}""", "24 hexadecimal digits")]
    [InlineData("""{"a": {"$numberInt": "2147483648"}}""", "32-bit integer")]
    [InlineData("""{"a": {"$numberLong": "1.0"}}""", "64-bit integer")]
    [InlineData("""{"a": {"$numberDouble": "-nan"}}""", "$numberDouble")]
    [InlineData("""{"a": {"$numberDouble": "1,5"}}""", "$numberDouble")]
    [InlineData("""{"a": {"$numberDecimal": "1.2.3"}}""", "$numberDecimal")]
    [InlineData("""{"a": {"$binary": {"base64": "AQI", "subType": "00"}}}""", "padded base64")]
    [InlineData("""{"a": {"$binary": {"base64": "AQ ID", "subType": "00"}}}""", "padded base64")]
    [InlineData("""{"a": {"$binary": {"base64": "AQID", "subType": "100"}}}""", "hexadecimal digits")]
    [InlineData("""{"a": {"$binary": "AQID"}}""", "needs a $type")]
    [InlineData("""{"a": {"$scope": {}}}""", "needs a $code")]
    [InlineData("""{"a": {"$code": "f", "$scope": {"$numberInt": "1"}}}""", "expected a document")]
    [InlineData("""{"a": {"$timestamp": {"t": -1, "i": 1}}}""", "$timestamp.t")]
    [InlineData("""{"a": {"$timestamp": {"t": 1.0, "i": 1}}}""", "$timestamp.t")]
    [InlineData("""{"a": {"$timestamp": {"t": 4294967296, "i": 1}}}""", "$timestamp.t")]
    [InlineData("""{"a": {"$dbPointer": {"$ref": "c", "$id": {"$numberInt": "1"}}}}""", "expected an ObjectId")]
    [InlineData("""{"a": {"$dbPointer": {"$ref": "c"}}}""", "'$id' is missing")]
    [InlineData("""{"a": {"$date": 42}}""", "$date")]
    [InlineData("""{"a": {"$date": {"$numberLong": "1", "x": 1}}}""", "unexpected or repeated field 'x'")]
    [InlineData("""{"a": {"$minKey": 1.0}}""", "must be 1")]
    [InlineData("""{"a": {"$undefined": false}}""", "must be true")]
    [InlineData("""{"a": {"$uuid": "73ffd26444b34c6990e8e7d1dfc035d4x"}}""", "$uuid")]
    [InlineData("""{"a": {"$regex": "a\u0000"}}""", "null character")]
    public void Parse_MalformedWrappers_AreRejectedWithAReason(string json, string reason)
    {
        var exception = Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse(json));

        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UuidWithoutHyphens_IsAccepted()
    {
        var document = BsonDocument.Parse("""{"u": {"$uuid": "73FFD26444B34C6990E8E7D1DFC035D4"}}""");

        Assert.Equal(Guid.Parse("73ffd264-44b3-4c69-90e8-e7d1dfc035d4"), document["u"].AsBsonBinaryData.ToGuid());
    }

    [Fact]
    public void Parse_Error_ReportsLineColumnOffsetAndPath()
    {
        const string Json = "{\n  \"list\": [1, {\"é\": {\"$oid\": 7}}]\n}";

        var exception = Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse(Json));

        var errorIndex = Json.IndexOf('7', StringComparison.Ordinal);
        var column = errorIndex - Json.LastIndexOf('\n', errorIndex);
        Assert.Equal(Encoding.UTF8.GetByteCount(Json[..errorIndex]), exception.Offset);
        Assert.Equal("list.1.é.$oid", exception.Path);
        Assert.Contains($"(line 2, column {column})", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("{\"a\": 1} {}")]
    [InlineData("{\"a\": 1} x")]
    [InlineData("{'a': 1}")]
    [InlineData("{\"a\": NaN}")]
    [InlineData("{\"a\": 1 /* comment */}")]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    public void Parse_MalformedJson_ThrowsBsonSerializationException(string json)
    {
        var exception = Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse(json));

        Assert.NotNull(exception.Offset);
        Assert.False(BsonDocument.TryParse(json, out var document));
        Assert.Null(document);
    }

    [Fact]
    public void Parse_NullCharacterInAName_IsRejectedAtEveryLevel()
    {
        Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse("{\"a\\u0000\": 1}"));
        Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse("{\"a\": [{\"b\\u0000\": 1}]}"));
        Assert.Equal("a\0b", BsonDocument.Parse("{\"s\": \"a\\u0000b\"}")["s"].AsString);
    }

    [Fact]
    public void Parse_HundredLevelsDeep_IsAccepted_ButOneMoreIsRejected()
    {
        Assert.Equal(100, Depth(BsonDocument.Parse(Nest(100))));
        Assert.Equal(100, Depth(BsonDocument.Parse(Nest(100, "{\"$date\": {\"$numberLong\": \"1\"}}"))));

        var exception = Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse(Nest(101)));

        Assert.Contains("100 levels", exception.Message, StringComparison.Ordinal);
        Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse(new string('[', 5000)));
    }

    [Fact]
    public void Parse_Utf8Bytes_SkipsAByteOrderMark()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. "{\"a\": \"é\"}"u8];

        Assert.Equal(new BsonDocument("a", "é"), BsonDocument.Parse(json));
    }

    [Fact]
    public void Parse_InvalidUtf8_IsRejected()
    {
        byte[] json = [.. "{\"a\": \""u8, 0xC3, 0x28, .. "\"}"u8];

        Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse(json));
    }

    [Fact]
    public void Parse_UnpairedSurrogates_AreRejected()
    {
        Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse("{\"a\": \"\uD800\"}"));
        Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse("{\"a\": \"\\uD800\"}"));
        Assert.Equal("😀", BsonDocument.Parse("{\"a\": \"\\ud83d\\ude00\"}")["a"].AsString);
    }

    [Fact]
    public void ParseAndTryParse_NullText()
    {
        Assert.Throws<ArgumentNullException>(() => BsonDocument.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => BsonArray.Parse(null!));
        Assert.False(BsonDocument.TryParse(null, out var document));
        Assert.Null(document);
    }

    [Fact]
    public void TryParse_ValidText_ReturnsTheDocument()
    {
        Assert.True(BsonDocument.TryParse("{\"a\": {\"$numberLong\": \"1\"}}", out var document));
        Assert.Equal(new BsonDocument("a", 1L), document);
    }

    [Fact]
    public void BsonArrayParse_RejectsAnObject()
    {
        Assert.Throws<BsonSerializationException>(() => BsonArray.Parse("{}"));
    }

    [Fact]
    public void Parse_LongAndRepeatedNames_AreReadCorrectly()
    {
        var longName = new string('n', 200);
        var document = BsonDocument.Parse($"{{\"{longName}\": 1, \"short\": 2, \"esc\\u0061ped\": 3}}");
        var again = BsonDocument.Parse($"{{\"{longName}\": 1, \"short\": 2, \"escaped\": 3}}");

        Assert.Equal(again, document);
        Assert.Equal(3, document["escaped"].AsInt32);
    }

    private static string Nest(int levels, string leaf = "1")
    {
        var builder = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            builder.Append("{\"v\": ");
        }

        return builder.Append(leaf).Append('}', levels).ToString();
    }

    private static int Depth(BsonValue value) =>
        value is BsonDocument document && document.ElementCount > 0 ? 1 + Depth(document[0]) : value is BsonDocument ? 1 : 0;
}
