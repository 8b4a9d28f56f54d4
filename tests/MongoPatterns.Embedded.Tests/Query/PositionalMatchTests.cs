using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Tests.Query;

public sealed class PositionalMatchTests
{
    [Theory]
    [InlineData("{a: 3}", "{a: [1, 3, 5]}", 1)]
    [InlineData("{a: {$gt: 2}}", "{a: [1, 3, 5]}", 1)]
    [InlineData("{'a.b': 2}", "{a: [{b: 1}, {b: 2}]}", 1)]
    [InlineData("{'a.b': 5}", "{a: [{b: [1, 5]}, {b: 5}]}", 0)]
    [InlineData("{a: {$elemMatch: {b: 2, c: 3}}}", "{a: [{b: 2}, {b: 2, c: 3}]}", 1)]
    [InlineData("{a: {$elemMatch: {$gte: 80}}}", "{a: [70, 90, 85]}", 1)]
    [InlineData("{'a.1': 5}", "{a: [1, 5]}", 1)]
    [InlineData("{'a.0.b': 1}", "{a: [{b: [0, 1]}]}", 1)]
    [InlineData("{a: 1, b: 2}", "{a: [1], b: [0, 2]}", 1)]
    [InlineData("{$or: [{a: 3}]}", "{a: [1, 3]}", 1)]
    [InlineData("{$and: [{x: 1}, {a: 3}]}", "{x: 1, a: [1, 3]}", 1)]
    [InlineData("{'grades.grade': 85}", "{grades: [{grade: 80}, {grade: 85}, {grade: 85}]}", 1)]
    public void Matches_ArrayElementMatched_RecordsPositionalIndex(string filter, string document, int expected)
    {
        var details = new MatchDetails();
        Assert.True(QueryFilter.Parse(Shell.Doc(filter)).Matches(Shell.Doc(document), details));
        Assert.Equal(expected, details.PositionalIndex);
    }

    [Theory]
    [InlineData("{a: 1}", "{a: 1}")]
    [InlineData("{a: {$size: 1}}", "{a: [5]}")]
    [InlineData("{a: {$ne: 1}}", "{a: [2]}")]
    [InlineData("{$or: [{a: 3}, {b: 1}]}", "{a: [1, 3]}")]
    [InlineData("{a: [1, 2]}", "{a: [1, 2]}")]
    public void Matches_NoArrayElementMatched_LeavesPositionalIndexEmpty(string filter, string document)
    {
        var details = new MatchDetails();
        Assert.True(QueryFilter.Parse(Shell.Doc(filter)).Matches(Shell.Doc(document), details));
        Assert.Null(details.PositionalIndex);
    }
}
