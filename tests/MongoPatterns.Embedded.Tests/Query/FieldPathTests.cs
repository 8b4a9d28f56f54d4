using MongoPatterns.Bson;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Tests.Query;

public sealed class FieldPathTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 12)]
    [InlineData("01", -1)]
    [InlineData("-1", -1)]
    [InlineData("+1", -1)]
    [InlineData("1a", -1)]
    [InlineData("", -1)]
    [InlineData("2147483647", 2147483647)]
    [InlineData("2147483648", -1)]
    public void ParseArrayIndex_OnlyCanonicalIndexes(string part, int expected) => Assert.Equal(expected, FieldPath.ParseArrayIndex(part));

    [Fact]
    public void Parts_SplitOnDots()
    {
        var path = new FieldPath("a.0.b");
        Assert.Equal(3, path.Length);
        Assert.Equal("b", path.Part(2));
        Assert.Equal(0, path.ArrayIndex(1));
        Assert.True(path.HasNumericPart);
        Assert.Equal("a.0.b", path.ToString());
    }

    [Theory]
    [InlineData("{a: 1, b: 'x'}", "{ a: 1, b: \"x\" }")]
    [InlineData("[1, [2]]", "[ 1, [ 2 ] ]")]
    [InlineData("{}", "{}")]
    [InlineData("1.0", "1.0")]
    [InlineData("1.5", "1.5")]
    [InlineData("ObjectId('5f1f1f1f1f1f1f1f1f1f1f1f')", "ObjectId('5f1f1f1f1f1f1f1f1f1f1f1f')")]
    [InlineData("null", "null")]
    public void BsonDisplay_FormatsLikeMongoDbMessages(string value, string expected) =>
        Assert.Equal(expected, BsonDisplay.Format(Shell.Value(value)));

    [Fact]
    public void RegexCache_ReturnsSameInstanceForSamePattern()
    {
        Assert.Same(RegexCache.Get("^a+b", "i"), RegexCache.Get("^a+b", "i"));
        Assert.NotSame(RegexCache.Get("^a+b", "i"), RegexCache.Get("^a+b", "m"));
    }
}
