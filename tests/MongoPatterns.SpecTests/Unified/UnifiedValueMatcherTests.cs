using MongoPatterns.Bson;
using Xunit.Sdk;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>The runner's own matching rules ("Evaluating Matches"), so that passing spec tests mean something.</summary>
public sealed class UnifiedValueMatcherTests
{
    private static readonly UnifiedValueMatcher Matcher = new(new UnifiedEntityMap());

    private static void AssertMatches(string expected, string actual, bool isRoot = true, bool rootElements = false) =>
        Matcher.AssertMatches(BsonDocument.Parse($"{{ \"v\": {expected} }}")["v"], BsonDocument.Parse($"{{ \"v\": {actual} }}")["v"], isRoot, rootElements);

    private static void AssertMismatch(string expected, string actual, bool isRoot = true, bool rootElements = false) =>
        Assert.Throws<XunitException>(() => AssertMatches(expected, actual, isRoot, rootElements));

    [Fact]
    public void RootDocument_AllowsExtraFields_NestedDocumentDoesNot()
    {
        AssertMatches("""{ "x": 1 }""", """{ "x": 1, "y": 2 }""");
        AssertMismatch("""{ "x": { "a": 1 } }""", """{ "x": { "a": 1, "b": 2 } }""");
        AssertMismatch("""{ "x": 1 }""", """{ "x": 1, "y": 2 }""", isRoot: false);
    }

    [Fact]
    public void ArrayElements_AreRootOnlyForDocumentResults()
    {
        AssertMatches("""[ { "_id": 1 } ]""", """[ { "_id": 1, "x": 2 } ]""", rootElements: true);
        AssertMismatch("""[ { "_id": 1 } ]""", """[ { "_id": 1, "x": 2 } ]""");
    }

    [Fact]
    public void Arrays_MustHaveTheSameLength() => AssertMismatch("[1, 2]", "[1, 2, 3]");

    [Fact]
    public void Numbers_CompareByValueAcrossInt32Int64AndDouble()
    {
        AssertMatches("1", "1.0");
        AssertMatches("""{ "$numberLong": "5" }""", "5");
        AssertMismatch("1", "1.5");
        AssertMismatch("1", "\"1\"");
    }

    [Fact]
    public void MissingField_FailsUnlessUnsetOrMatches()
    {
        AssertMismatch("""{ "x": 1 }""", """{ "y": 1 }""");
        AssertMatches("""{ "x": { "$$unsetOrMatches": 1 } }""", """{ "y": 1 }""");
        AssertMatches("""{ "x": { "$$unsetOrMatches": 1 } }""", """{ "x": 1 }""");
        AssertMismatch("""{ "x": { "$$unsetOrMatches": 1 } }""", """{ "x": 2 }""");
    }

    [Fact]
    public void Exists_ChecksPresenceOnly()
    {
        AssertMatches("""{ "x": { "$$exists": true } }""", """{ "x": null }""");
        AssertMatches("""{ "x": { "$$exists": false } }""", """{ }""");
        AssertMismatch("""{ "x": { "$$exists": false } }""", """{ "x": 1 }""");
    }

    [Fact]
    public void Type_AcceptsAnyListedTypeName()
    {
        AssertMatches("""{ "x": { "$$type": ["int", "long"] } }""", """{ "x": { "$numberLong": "1" } }""");
        AssertMismatch("""{ "x": { "$$type": "string" } }""", """{ "x": 1 }""");
    }

    [Fact]
    public void Lte_ComparesNumbers()
    {
        AssertMatches("""{ "x": { "$$lte": 5 } }""", """{ "x": 5 }""");
        AssertMismatch("""{ "x": { "$$lte": 5 } }""", """{ "x": 6 }""");
    }

    [Fact]
    public void Outcome_ComparisonAllowsNoExtraFields()
    {
        UnifiedValueMatcher.AssertExactlyEqual(BsonArray.Parse("""[ { "_id": 1, "x": 1 } ]"""), BsonArray.Parse("""[ { "x": 1.0, "_id": 1 } ]"""), "outcome");
        Assert.Throws<XunitException>(() =>
            UnifiedValueMatcher.AssertExactlyEqual(BsonArray.Parse("""[ { "_id": 1 } ]"""), BsonArray.Parse("""[ { "_id": 1, "x": 1 } ]"""), "outcome"));
    }
}
