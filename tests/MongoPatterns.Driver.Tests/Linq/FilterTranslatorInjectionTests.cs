using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

/// <summary>Values from users stay values: they never become operators, field names or unescaped patterns.</summary>
public sealed class FilterTranslatorInjectionTests
{
    [Theory]
    [InlineData("$gt")]
    [InlineData("$where")]
    [InlineData("{ \"$ne\": null }")]
    public void Translate_StringThatLooksLikeAnOperator_StaysAString(string input)
    {
        var filter = Translate(x => x.Name == input);

        Assert.Equal(new BsonString(input), filter["name"]);
    }

    [Fact]
    public void Translate_DocumentValueWithOperatorKeys_IsWrappedInEq()
    {
        var input = new BsonDocument("$gt", "");

        TranslationAssert.Equal("""{ "extra": { "$eq": { "$gt": "" } } }""", Translate(x => x.Extra == input));
    }

    [Fact]
    public void Translate_DictionaryValueOfObjectMember_IsWrappedInEq()
    {
        var input = new Dictionary<string, object> { ["$ne"] = 1 };

        TranslationAssert.Equal("""{ "anything": { "$eq": { "$ne": 1 } } }""", Translate(x => x.Anything == input));
    }

    [Fact]
    public void Translate_DocumentValueWithOperatorKeys_NotEqualKeepsItAValue()
    {
        var input = new BsonDocument("$gt", "");

        TranslationAssert.Equal("""{ "extra": { "$ne": { "$gt": "" } } }""", Translate(x => x.Extra != input));
    }

    [Fact]
    public void Translate_PlainDocumentValue_IsPlainEquality()
    {
        var input = new BsonDocument("color", "red");

        TranslationAssert.Equal("""{ "extra": { "color": "red" } }""", Translate(x => x.Extra == input));
    }

    [Fact]
    public void Translate_RegularExpressionValue_IsComparedLiterally()
    {
        var input = new BsonRegularExpression(".*");

        TranslationAssert.Equal(
            """{ "anything": { "$eq": { "$regularExpression": { "pattern": ".*", "options": "" } } } }""",
            Translate(x => x.Anything == (object)input));
        TranslationAssert.Equal(
            """{ "anything": { "$not": { "$eq": { "$regularExpression": { "pattern": ".*", "options": "" } } } } }""",
            Translate(x => x.Anything != (object)input));
    }

    [Fact]
    public void Translate_RegularExpressionInAnInList_BecomesEqualities()
    {
        var values = new object[] { "a", new BsonRegularExpression(".*") };

        TranslationAssert.Equal(
            """{ "$or": [{ "anything": "a" }, { "anything": { "$eq": { "$regularExpression": { "pattern": ".*", "options": "" } } } }] }""",
            Translate(x => values.Contains(x.Anything!)));
    }

    [Theory]
    [InlineData("a.b", "^a\\.b")]
    [InlineData(".*", "^\\.\\*")]
    [InlineData("^$", "^\\^\\$")]
    [InlineData("(a|b)[c]{2}+?", "^\\(a\\|b\\)\\[c\\]\\{2\\}\\+\\?")]
    [InlineData("back\\slash", "^back\\\\slash")]
    [InlineData("a\0b", "^a\\x00b")]
    [InlineData("#- /", "^\\#\\-\\ \\/")]
    [InlineData("ünïcödé", "^ünïcödé")]
    public void Translate_StartsWithMetacharacters_AreEscaped(string input, string expectedPattern)
    {
        var filter = Translate(x => x.Name.StartsWith(input));

        Assert.Equal(new BsonRegularExpression(expectedPattern), filter["name"]);
    }

    [Fact]
    [SuppressMessage("Performance", "CA1862", Justification = "The lambda is translated to a MongoDB query, never run; ToLowerInvariant() == value is the form under test.")]
    public void Translate_EscapedPatterns_MatchTheTextLiterally()
    {
        var punctuation = string.Concat(Enumerable.Range(32, 95).Select(code => (char)code)) + "\t\n\0";

        var contains = (BsonRegularExpression)Translate(x => x.Name.Contains(punctuation))["name"];
        var exact = (BsonRegularExpression)Translate(x => x.Name.ToLowerInvariant() == "x" + punctuation.ToLowerInvariant())["name"];

        Assert.Matches(new Regex(contains.Pattern), "before" + punctuation + "after");
        Assert.Matches(new Regex(exact.Pattern, RegexOptions.IgnoreCase), "X" + punctuation.ToUpperInvariant());
        Assert.DoesNotMatch(new Regex(exact.Pattern, RegexOptions.IgnoreCase), "x" + punctuation + "\n");
    }

    [Theory]
    [InlineData("a.b")]
    [InlineData("$where")]
    [InlineData("")]
    [InlineData("a\0b")]
    public void Translate_DictionaryKeyThatChangesThePath_Throws(string key)
    {
        var exception = Assert.Throws<ArgumentException>(() => Translate(x => x.Attributes[key] == "x"));

        Assert.Contains("cannot be used in a field path", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_ContainsKeyThatChangesThePath_Throws() =>
        Assert.Throws<ArgumentException>(() => Translate(x => x.Attributes.ContainsKey("$gt")));

    [Fact]
    public void Translate_ObjectIdStringThatIsNotAnObjectId_Throws()
    {
        var input = "{ \"$gt\": \"\" }";

        Assert.Throws<BsonSerializationException>(() => Translate(x => x.Id == input));
    }

    private static BsonDocument Translate(Expression<Func<Customer, bool>> predicate) =>
        FilterTranslator.Translate(predicate, TestSerializers.Customer, TestSerializers.Registry);
}
