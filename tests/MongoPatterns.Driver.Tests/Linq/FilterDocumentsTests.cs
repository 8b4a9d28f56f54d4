using MongoPatterns.Bson;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

public sealed class FilterDocumentsTests
{
    [Theory]
    [InlineData("""{ "a": 1 }""", """{ "a": { "$ne": 1 } }""")]
    [InlineData("""{ "a": { "$ne": 1 } }""", """{ "a": 1 }""")]
    [InlineData("""{ "a": { "$eq": { "$gt": 1 } } }""", """{ "a": { "$ne": { "$gt": 1 } } }""")]
    [InlineData("""{ "a": { "$ne": { "$gt": 1 } } }""", """{ "a": { "$eq": { "$gt": 1 } } }""")]
    [InlineData("""{ "a": { "$in": [1, 2] } }""", """{ "a": { "$nin": [1, 2] } }""")]
    [InlineData("""{ "a": { "$nin": [1, 2] } }""", """{ "a": { "$in": [1, 2] } }""")]
    [InlineData("""{ "a": { "$exists": true } }""", """{ "a": { "$exists": false } }""")]
    [InlineData("""{ "a": { "$gt": 1 } }""", """{ "a": { "$not": { "$gt": 1 } } }""")]
    [InlineData("""{ "a": { "$not": { "$gt": 1 } } }""", """{ "a": { "$gt": 1 } }""")]
    [InlineData("""{ "a": { "$gt": 1, "$lt": 5 } }""", """{ "a": { "$not": { "$gt": 1, "$lt": 5 } } }""")]
    [InlineData("""{ "a": { "$regularExpression": { "pattern": "x", "options": "" } } }""", """{ "a": { "$not": { "$regularExpression": { "pattern": "x", "options": "" } } } }""")]
    [InlineData("""{ "a": { "$eq": { "$regularExpression": { "pattern": "x", "options": "" } } } }""", """{ "a": { "$not": { "$eq": { "$regularExpression": { "pattern": "x", "options": "" } } } } }""")]
    [InlineData("""{ "a": 1, "b": 2 }""", """{ "$nor": [{ "a": 1, "b": 2 }] }""")]
    [InlineData("""{ "$or": [{ "a": 1 }, { "b": 2 }] }""", """{ "$nor": [{ "a": 1 }, { "b": 2 }] }""")]
    [InlineData("""{ "$nor": [{ "a": 1 }, { "b": 2 }] }""", """{ "$or": [{ "a": 1 }, { "b": 2 }] }""")]
    [InlineData("""{ "$nor": [{ "a": 1, "b": 2 }] }""", """{ "a": 1, "b": 2 }""")]
    [InlineData("""{ "$and": [{ "a": 1 }, { "a": 2 }] }""", """{ "$nor": [{ "$and": [{ "a": 1 }, { "a": 2 }] }] }""")]
    [InlineData("{}", """{ "$nor": [{}] }""")]
    [InlineData("""{ "$nor": [{}] }""", "{}")]
    public void Not_Filter_NegatesIt(string filter, string expected) =>
        TranslationAssert.Equal(expected, FilterDocuments.Not(BsonDocument.Parse(filter)));

    [Fact]
    public void And_DisjointFields_MergeIntoOneDocument() =>
        TranslationAssert.Equal("""{ "a": 1, "b": { "$gt": 2, "$lt": 9 } }""", FilterDocuments.And(Parse("""{ "a": 1 }""", """{ "b": { "$gt": 2 } }""", """{ "b": { "$lt": 9 } }""")));

    [Fact]
    public void And_SameOperatorTwice_FallsBackToAnd() =>
        TranslationAssert.Equal(
            """{ "$and": [{ "b": { "$gt": 2 } }, { "b": { "$gt": 3 } }] }""",
            FilterDocuments.And(Parse("""{ "b": { "$gt": 2 } }""", """{ "b": { "$gt": 3 } }""")));

    [Fact]
    public void And_EqualityAndOperatorOnOneField_FallsBackToAnd() =>
        TranslationAssert.Equal(
            """{ "$and": [{ "b": 2 }, { "b": { "$ne": null } }] }""",
            FilterDocuments.And(Parse("""{ "b": 2 }""", """{ "b": { "$ne": null } }""")));

    [Fact]
    public void And_TwoOrs_FallBackToAnd() =>
        TranslationAssert.Equal(
            """{ "$and": [{ "$or": [{ "a": 1 }, { "b": 1 }] }, { "$or": [{ "c": 1 }, { "d": 1 }] }] }""",
            FilterDocuments.And(Parse("""{ "$or": [{ "a": 1 }, { "b": 1 }] }""", """{ "$or": [{ "c": 1 }, { "d": 1 }] }""")));

    [Fact]
    public void And_DoesNotChangeItsInputs()
    {
        var first = BsonDocument.Parse("""{ "b": { "$gt": 2 } }""");

        FilterDocuments.And(first, BsonDocument.Parse("""{ "b": { "$lt": 9 } }"""));

        TranslationAssert.Equal("""{ "b": { "$gt": 2 } }""", first);
    }

    [Fact]
    public void And_Constants_Simplify()
    {
        TranslationAssert.Equal("""{ "a": 1 }""", FilterDocuments.And(FilterDocuments.MatchAll(), BsonDocument.Parse("""{ "a": 1 }""")));
        Assert.True(FilterDocuments.MatchesNone(FilterDocuments.And(FilterDocuments.MatchNone(), BsonDocument.Parse("""{ "a": 1 }"""))));
        Assert.True(FilterDocuments.MatchesAll(FilterDocuments.And()));
    }

    [Fact]
    public void Or_Constants_Simplify()
    {
        Assert.True(FilterDocuments.MatchesAll(FilterDocuments.Or(FilterDocuments.MatchAll(), BsonDocument.Parse("""{ "a": 1 }"""))));
        TranslationAssert.Equal("""{ "a": 1 }""", FilterDocuments.Or(FilterDocuments.MatchNone(), BsonDocument.Parse("""{ "a": 1 }""")));
        Assert.True(FilterDocuments.MatchesNone(FilterDocuments.Or()));
    }

    [Fact]
    public void Equal_ValuesThatWouldBeReadAsQuerySyntax_UseEq()
    {
        TranslationAssert.Equal("""{ "a": { "$eq": { "x": 1, "$y": 2 } } }""", FilterDocuments.Equal("a", BsonDocument.Parse("""{ "x": 1, "$y": 2 }""")));
        TranslationAssert.Equal("""{ "a": { "x": 1 } }""", FilterDocuments.Equal("a", BsonDocument.Parse("""{ "x": 1 }""")));
        TranslationAssert.Equal("""{ "a": "$x" }""", FilterDocuments.Equal("a", "$x"));
    }

    private static BsonDocument[] Parse(params string[] filters) => [.. filters.Select(BsonDocument.Parse)];
}
