using MongoPatterns.Bson;
using MongoPatterns.Embedded.Aggregation;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Tests.Expressions;

namespace MongoPatterns.Embedded.Tests.Aggregation;

public sealed class UpdatePipelineTests
{
    private static BsonDocument Apply(string pipeline, string document, QueryContext? context = null) =>
        AggregationPipeline.ParseForUpdate(ShellJson.Array(pipeline), context).ApplyToDocument(ShellJson.Doc(document), context);

    [Theory]
    [InlineData("{_id: 1, a: 1, b: 2, total: 3}", "[{$set: {total: {$add: ['$a', '$b']}}}]")]
    [InlineData("{_id: 1, b: 2, total: 3}", "[{$set: {total: {$add: ['$a', '$b']}}}, {$unset: 'a'}]")]
    [InlineData("{_id: 1, a: 1}", "[{$project: {a: 1}}]")]
    [InlineData("{_id: 1, c: 2}", "[{$replaceWith: {_id: '$_id', c: '$b'}}]")]
    [InlineData("{_id: 1, c: 2}", "[{$replaceRoot: {newRoot: {_id: '$_id', c: '$b'}}}]")]
    [InlineData("{_id: 1, a: 1, b: 2, x: {y: 1}}", "[{$addFields: {'x.y': 1}}]")]
    public void ApplyToDocument_RunsAllowedStages(string expected, string pipeline) =>
        Assert.Equal(ShellJson.Doc(expected), Apply(pipeline, "{_id: 1, a: 1, b: 2}"));

    [Theory]
    [InlineData("[{$match: {a: 1}}]", "$match")]
    [InlineData("[{$set: {a: 1}}, {$group: {_id: null}}]", "$group")]
    [InlineData("[{$lookup: {from: 'x', localField: 'a', foreignField: 'b', as: 'c'}}]", "$lookup")]
    [InlineData("[{$out: 'x'}]", "$out")]
    public void ParseForUpdate_OtherStages_FailWithInvalidOptions(string pipeline, string stage)
    {
        var exception = Assert.Throws<MongoServerException>(() => AggregationPipeline.ParseForUpdate(ShellJson.Array(pipeline)));
        Assert.Equal(ErrorCodes.InvalidOptions, exception.Code);
        Assert.Equal($"{stage} is not allowed to be used within an update", exception.Message);
    }

    [Fact]
    public void ApplyToDocument_UsesLetVariablesAndNow()
    {
        var context = new QueryContext { Variables = ShellJson.Doc("{inc: 5}"), Now = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc) };
        Assert.Equal(
            ShellJson.Doc("{_id: 1, a: 6, at: ISODate('2020-01-02T03:04:05Z')}"),
            Apply("[{$set: {a: {$add: ['$a', '$$inc']}, at: '$$NOW'}}]", "{_id: 1, a: 1}", context));
    }

    [Fact]
    public void ApplyToDocument_NeverModifiesTheStoredDocument()
    {
        var stored = ShellJson.Doc("{_id: 1, a: {b: 1}}");
        var result = AggregationPipeline.ParseForUpdate(ShellJson.Array("[{$set: {'a.c': 2}}, {$replaceWith: '$a'}]")).ApplyToDocument(stored);
        Assert.Equal(ShellJson.Doc("{_id: 1, a: {b: 1}}"), stored);
        Assert.Equal(ShellJson.Doc("{b: 1, c: 2}"), result);
    }

    [Fact]
    public void ApplyToDocument_ReplaceWithNonDocument_Fails()
    {
        var exception = Assert.Throws<MongoServerException>(() => Apply("[{$replaceWith: '$a'}]", "{_id: 1, a: 5}"));
        Assert.Equal(40228, exception.Code);
    }
}
