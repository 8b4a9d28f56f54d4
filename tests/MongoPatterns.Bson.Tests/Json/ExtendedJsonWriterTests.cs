using MongoPatterns.Bson.Json;

namespace MongoPatterns.Bson.Tests.Json;

public sealed class ExtendedJsonWriterTests
{
    private static readonly ObjectId Id = ObjectId.Parse("5f1d7a3b9c0e4d2a1b3c4d5e");

    public static TheoryData<BsonValue, string, string> EveryType => new()
    {
        { "a\"b", "\"a\\\"b\"", "\"a\\\"b\"" },
        { 42, "42", "{\"$numberInt\": \"42\"}" },
        { -7L, "-7", "{\"$numberLong\": \"-7\"}" },
        { 1.0, "1.0", "{\"$numberDouble\": \"1.0\"}" },
        { -0.0, "-0.0", "{\"$numberDouble\": \"-0.0\"}" },
        { 0.1, "0.1", "{\"$numberDouble\": \"0.1\"}" },
        { 1e300, "1E+300", "{\"$numberDouble\": \"1E+300\"}" },
        { 1e15, "1000000000000000.0", "{\"$numberDouble\": \"1000000000000000.0\"}" },
        { double.NaN, "{\"$numberDouble\": \"NaN\"}", "{\"$numberDouble\": \"NaN\"}" },
        { double.NegativeInfinity, "{\"$numberDouble\": \"-Infinity\"}", "{\"$numberDouble\": \"-Infinity\"}" },
        { Decimal128.Parse("1.50"), "{\"$numberDecimal\": \"1.50\"}", "{\"$numberDecimal\": \"1.50\"}" },
        { true, "true", "true" },
        { BsonNull.Value, "null", "null" },
        { Id, "{\"$oid\": \"5f1d7a3b9c0e4d2a1b3c4d5e\"}", "{\"$oid\": \"5f1d7a3b9c0e4d2a1b3c4d5e\"}" },
        { new BsonDateTime(1_356_351_330_501), "{\"$date\": \"2012-12-24T12:15:30.501Z\"}", "{\"$date\": {\"$numberLong\": \"1356351330501\"}}" },
        {
            new BsonBinaryData([1, 2, 3], BsonBinarySubType.UserDefined),
            "{\"$binary\": {\"base64\": \"AQID\", \"subType\": \"80\"}}",
            "{\"$binary\": {\"base64\": \"AQID\", \"subType\": \"80\"}}"
        },
        {
            new BsonRegularExpression("^a/b", "mi"),
            "{\"$regularExpression\": {\"pattern\": \"^a/b\", \"options\": \"im\"}}",
            "{\"$regularExpression\": {\"pattern\": \"^a/b\", \"options\": \"im\"}}"
        },
        { new BsonTimestamp(uint.MaxValue, 1), "{\"$timestamp\": {\"t\": 4294967295, \"i\": 1}}", "{\"$timestamp\": {\"t\": 4294967295, \"i\": 1}}" },
        { new BsonJavaScript("f()"), "{\"$code\": \"f()\"}", "{\"$code\": \"f()\"}" },
        {
            new BsonJavaScriptWithScope("f()", new BsonDocument("x", 1)),
            "{\"$code\": \"f()\", \"$scope\": {\"x\": 1}}",
            "{\"$code\": \"f()\", \"$scope\": {\"x\": {\"$numberInt\": \"1\"}}}"
        },
        { new BsonSymbol("s"), "{\"$symbol\": \"s\"}", "{\"$symbol\": \"s\"}" },
        {
            new BsonDbPointer("db.c", Id),
            "{\"$dbPointer\": {\"$ref\": \"db.c\", \"$id\": {\"$oid\": \"5f1d7a3b9c0e4d2a1b3c4d5e\"}}}",
            "{\"$dbPointer\": {\"$ref\": \"db.c\", \"$id\": {\"$oid\": \"5f1d7a3b9c0e4d2a1b3c4d5e\"}}}"
        },
        { BsonUndefined.Value, "{\"$undefined\": true}", "{\"$undefined\": true}" },
        { BsonMinKey.Value, "{\"$minKey\": 1}", "{\"$minKey\": 1}" },
        { BsonMaxKey.Value, "{\"$maxKey\": 1}", "{\"$maxKey\": 1}" },
        { new BsonArray { 1, "x" }, "[1, \"x\"]", "[{\"$numberInt\": \"1\"}, \"x\"]" },
        { new BsonDocument(), "{}", "{}" },
        { new BsonArray(), "[]", "[]" },
    };

    [Theory]
    [MemberData(nameof(EveryType))]
    public void ToJson_WritesEveryTypeInBothModes(BsonValue value, string relaxed, string canonical)
    {
        Assert.Equal(relaxed, value.ToJson());
        Assert.Equal(relaxed, value.ToJson(JsonWriterSettings.Relaxed));
        Assert.Equal(canonical, value.ToJson(JsonWriterSettings.Canonical));
    }

    [Theory]
    [InlineData(0L, "{\"$date\": \"1970-01-01T00:00:00Z\"}")]
    [InlineData(1L, "{\"$date\": \"1970-01-01T00:00:00.001Z\"}")]
    [InlineData(253_402_300_799_999L, "{\"$date\": \"9999-12-31T23:59:59.999Z\"}")]
    [InlineData(253_402_300_800_000L, "{\"$date\": {\"$numberLong\": \"253402300800000\"}}")]
    [InlineData(-1L, "{\"$date\": {\"$numberLong\": \"-1\"}}")]
    [InlineData(long.MinValue, "{\"$date\": {\"$numberLong\": \"-9223372036854775808\"}}")]
    public void ToJson_RelaxedDates_AreIsoStringsOnlyFromYear1970To9999(long milliseconds, string expected)
    {
        Assert.Equal(expected, new BsonDateTime(milliseconds).ToJson());
    }

    [Fact]
    public void ToJson_EscapesQuotesBackslashesAndControlCharacters()
    {
        var text = new BsonString("q\"b\\n\n r\r t\t b\b f\f \0 \u001f \u007f é 😀");

        Assert.Equal("\"q\\\"b\\\\n\\n r\\r t\\t b\\b f\\f \\u0000 \\u001f \u007f é 😀\"", text.ToJson());
    }

    [Fact]
    public void ToJson_EscapesUnpairedSurrogates_SoTheOutputIsValidUtf8()
    {
        var text = new BsonString("a\uD800b\uDC00");

        Assert.Equal("\"a\\ud800b\\udc00\"", text.ToJson());
    }

    [Fact]
    public void ToJson_EscapesElementNames()
    {
        var document = new BsonDocument("a\"\n", 1);

        Assert.Equal("{\"a\\\"\\n\": 1}", document.ToJson());
    }

    [Fact]
    public void ToJson_Indent_PutsEachElementOnItsOwnLine_AndKeepsWrappersInline()
    {
        var document = new BsonDocument
        {
            { "_id", Id },
            { "tags", new BsonArray { "a", new BsonArray() } },
            { "empty", new BsonDocument() },
            { "nested", new BsonDocument("n", 1L) },
        };

        var json = document.ToJson(new JsonWriterSettings { Indent = true, OutputMode = JsonOutputMode.CanonicalExtendedJson });

        Assert.Equal(
            """
            {
              "_id": {"$oid": "5f1d7a3b9c0e4d2a1b3c4d5e"},
              "tags": [
                "a",
                []
              ],
              "empty": {},
              "nested": {
                "n": {"$numberLong": "1"}
              }
            }
            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void ToJson_IndentChars_AreUsedPerLevel()
    {
        var document = new BsonDocument("a", new BsonDocument("b", 1));

        var json = document.ToJson(new JsonWriterSettings { Indent = true, IndentChars = "\t" });

        Assert.Equal("{\n\t\"a\": {\n\t\t\"b\": 1\n\t}\n}", json);
    }

    [Fact]
    public void ToJson_HundredLevelsDeep_IsWritten_ButOneMoreThrows()
    {
        Assert.EndsWith("1" + new string('}', 100), Nest(100).ToJson(), StringComparison.Ordinal);

        var exception = Assert.Throws<BsonSerializationException>(() => Nest(101).ToJson());

        Assert.Contains("100 levels", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_IsRelaxedJson_AndTruncatesInsteadOfThrowing()
    {
        var deep = Nest(101);

        Assert.Equal(deep.ToString(), Nest(101).ToString());
        Assert.Contains("{...}", deep.ToString(), StringComparison.Ordinal);
        Assert.Equal(new BsonDocument("a", 1.0).ToJson(), new BsonDocument("a", 1.0).ToString());
    }

    [Fact]
    public void ToJson_SelfContainingDocument_ThrowsInsteadOfOverflowingTheStack()
    {
        var document = new BsonDocument();
        document.Add("self", document);

        Assert.Throws<BsonSerializationException>(() => document.ToJson());
        Assert.Contains("{...}", document.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_LargeDocument_GrowsThePooledBuffer()
    {
        var document = new BsonDocument();
        for (var i = 0; i < 2000; i++)
        {
            document.Add($"field{i}", new string('x', i % 50));
        }

        document.Add("bytes", new BsonBinaryData(new byte[100_000]));

        var json = document.ToJson();

        Assert.Equal(document, BsonDocument.Parse(json));
    }

    [Fact]
    public void ToJson_NullSettings_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new BsonDocument().ToJson(null!));
    }

    private static BsonDocument Nest(int levels)
    {
        var document = new BsonDocument("v", 1);
        for (var i = 1; i < levels; i++)
        {
            document = new BsonDocument("v", document);
        }

        return document;
    }
}
