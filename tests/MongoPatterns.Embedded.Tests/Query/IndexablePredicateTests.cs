using MongoPatterns.Bson;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Tests.Query;

public sealed class IndexablePredicateTests
{
    private static IReadOnlyList<IndexablePredicate> Predicates(string filter) => QueryFilter.Parse(Shell.Doc(filter)).IndexablePredicates;

    [Fact]
    public void Equality_TopLevelField_IsReported()
    {
        var predicate = Assert.Single(Predicates("{a: 5}"));
        Assert.Equal("a", predicate.Path);
        Assert.Equal(IndexablePredicateKind.Equality, predicate.Kind);
        TestSupport.AssertBsonEqual(new BsonInt32(5), Assert.Single(predicate.Values));
    }

    [Fact]
    public void Equality_EqOperatorAndDocumentValue_AreReported()
    {
        var predicates = Predicates("{a: {$eq: 'x'}, 'b.c': {d: 1}}");
        Assert.Equal(2, predicates.Count);
        Assert.Equal("b.c", predicates[1].Path);
        Assert.Equal(IndexablePredicateKind.Equality, predicates[1].Kind);
    }

    [Fact]
    public void In_PlainValues_IsReported()
    {
        var predicate = Assert.Single(Predicates("{a: {$in: [1, 'x']}}"));
        Assert.Equal(IndexablePredicateKind.In, predicate.Kind);
        Assert.Equal(2, predicate.Values.Count);
    }

    [Fact]
    public void Range_GreaterThan_BoundedByTypeBracket()
    {
        var predicate = Assert.Single(Predicates("{a: {$gt: 5}}"));
        Assert.Equal(IndexablePredicateKind.Range, predicate.Kind);
        TestSupport.AssertBsonEqual(new BsonInt32(5), predicate.Lower!);
        Assert.False(predicate.LowerInclusive);
        TestSupport.AssertBsonEqual(new BsonDouble(double.PositiveInfinity), predicate.Upper!);
        Assert.True(predicate.UpperInclusive);
    }

    [Fact]
    public void Range_StringLessThanOrEqual_StartsAtEmptyString()
    {
        var predicate = Assert.Single(Predicates("{a: {$lte: 'm'}}"));
        TestSupport.AssertBsonEqual(new BsonString(string.Empty), predicate.Lower!);
        Assert.True(predicate.LowerInclusive);
        TestSupport.AssertBsonEqual(new BsonString("m"), predicate.Upper!);
        Assert.True(predicate.UpperInclusive);
    }

    [Fact]
    public void Range_StringGreaterThan_EndsBeforeDocuments()
    {
        var predicate = Assert.Single(Predicates("{a: {$gt: 'm'}}"));
        TestSupport.AssertBsonEqual(new BsonDocument(), predicate.Upper!);
        Assert.False(predicate.UpperInclusive);
    }

    [Fact]
    public void Range_TwoBounds_ReportedSeparatelyBecauseOfMultikeyFields()
    {
        var predicates = Predicates("{a: {$gte: 1, $lt: 5}}");
        Assert.Equal(2, predicates.Count);
        Assert.All(predicates, p => Assert.Equal(IndexablePredicateKind.Range, p.Kind));
    }

    [Fact]
    public void And_NestedConjunctions_AreFlattened()
    {
        var predicates = Predicates("{$and: [{a: 1}, {$and: [{b: 2}]}], c: 3}");
        Assert.Equal(["a", "b", "c"], predicates.Select(p => p.Path));
    }

    [Theory]
    [InlineData("{$or: [{a: 1}, {b: 2}]}")]
    [InlineData("{$nor: [{a: 1}]}")]
    [InlineData("{a: {$ne: 5}}")]
    [InlineData("{a: {$not: {$gt: 5}}}")]
    [InlineData("{a: {$nin: [1]}}")]
    [InlineData("{a: /x/}")]
    [InlineData("{a: {$in: [1, /x/]}}")]
    [InlineData("{a: {$in: [1, null]}}")]
    [InlineData("{a: null}")]
    [InlineData("{a: [1, 2]}")]
    [InlineData("{a: {$exists: true}}")]
    [InlineData("{a: {$gt: MinKey}}")]
    [InlineData("{a: {$gt: null}}")]
    [InlineData("{a: {$gt: NaN}}")]
    [InlineData("{a: {$elemMatch: {$gt: 1}}}")]
    [InlineData("{'a.0': 1}")]
    public void Unindexable_Predicates_AreNotReported(string filter) => Assert.Empty(Predicates(filter));
}
