using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Tests.Query;

public sealed class CollationTests
{
    private static Collation Strength(int strength) => Collation.Parse(Shell.Doc($"{{locale: 'en_US', strength: {strength}}}"))!;

    private static bool Matches(string filter, string document, Collation? collation) =>
        QueryFilter.Parse(Shell.Doc(filter), new QueryContext { Collation = collation }).Matches(Shell.Doc(document));

    [Fact]
    public void Parse_NoneOrSimple_IsBinaryComparison()
    {
        Assert.Null(Collation.Parse(null));
        Assert.Null(Collation.Parse(BsonNull.Value));
        Assert.Null(Collation.Parse(Shell.Doc("{locale: 'simple'}")));
    }

    [Theory]
    [InlineData("{strength: 2}", 40414)]
    [InlineData("{locale: 'en_US', strength: 9}", 2)]
    [InlineData("{locale: 'simple', strength: 2}", 2)]
    [InlineData("{locale: 'en_US', caseFirst: 'sideways'}", 2)]
    [InlineData("{locale: 'en_US', colour: 1}", 40415)]
    [InlineData("{locale: 'en_US', caseLevel: 1}", 14)]
    public void Parse_InvalidDocument_FailsWithTheServerCode(string specification, int code) =>
        Assert.Equal(code, Assert.Throws<MongoServerException>(() => Collation.Parse(Shell.Doc(specification))).Code);

    [Fact]
    public void Equality_StrengthTwo_IgnoresCaseButNotAccents()
    {
        var collation = Strength(2);

        Assert.True(Matches("{x: 'PING'}", "{x: 'ping'}", collation));
        Assert.False(Matches("{x: 'PING'}", "{x: 'píng'}", collation));
        Assert.False(Matches("{x: 'PING'}", "{x: 'ping'}", null));
    }

    [Fact]
    public void Equality_StrengthOne_IgnoresCaseAndAccents() =>
        Assert.True(Matches("{x: 'PING'}", "{x: 'píng'}", Strength(1)));

    [Fact]
    public void Equality_DefaultStrength_DistinguishesCase() =>
        Assert.False(Matches("{x: 'PING'}", "{x: 'ping'}", Collation.Parse(Shell.Doc("{locale: 'en_US'}"))));

    [Fact]
    public void InAndRanges_UseTheCollation()
    {
        var collation = Strength(2);

        Assert.True(Matches("{x: {$in: ['PONG', 'PING']}}", "{x: 'ping'}", collation));
        Assert.False(Matches("{x: {$nin: ['PING']}}", "{x: 'ping'}", collation));
        Assert.True(Matches("{x: {$gte: 'B'}}", "{x: 'b'}", collation));
        Assert.False(Matches("{x: {$gte: 'B'}}", "{x: 'b'}", Collation.Parse(Shell.Doc("{locale: 'en_US'}"))));
    }

    [Fact]
    public void Equality_NestedStringsAndNumbers_AreCollatedAndUnchanged()
    {
        var collation = Strength(2);

        Assert.True(Matches("{x: {a: 'PING', n: 1}}", "{x: {a: 'ping', n: 1.0}}", collation));
        Assert.True(Matches("{x: 5}", "{x: NumberLong(5)}", collation));
    }

    [Fact]
    public void CollatedPredicates_AreNotAnsweredByBinaryIndexes()
    {
        var collated = QueryFilter.Parse(Shell.Doc("{x: 'PING', n: 1}"), new QueryContext { Collation = Strength(2) });

        var predicate = Assert.Single(collated.IndexablePredicates);
        Assert.Equal("n", predicate.Path);
    }

    [Fact]
    public void Sort_WithCollation_OrdersCaseInsensitivelyAndStably()
    {
        var specification = SortSpecification.Parse(Shell.Doc("{x: 1}"), Strength(2));

        var sorted = specification.Sort(new[] { "{_id: 1, x: 'b'}", "{_id: 2, x: 'A'}", "{_id: 3, x: 'a'}", "{_id: 4, x: 'B'}" }.Select(Shell.Doc));

        Assert.Equal([2, 3, 1, 4], sorted.Select(d => d["_id"].AsInt32));
    }

    [Fact]
    public void Sort_WithoutCollation_OrdersByCodePoint()
    {
        var specification = SortSpecification.Parse(Shell.Doc("{x: 1}"));

        var sorted = specification.Sort(new[] { "{_id: 1, x: 'b'}", "{_id: 2, x: 'A'}", "{_id: 3, x: 'a'}", "{_id: 4, x: 'B'}" }.Select(Shell.Doc));

        Assert.Equal([2, 4, 3, 1], sorted.Select(d => d["_id"].AsInt32));
    }
}
