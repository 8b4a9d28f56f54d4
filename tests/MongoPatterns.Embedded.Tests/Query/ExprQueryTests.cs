using MongoPatterns.Bson;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Tests.Query;

/// <summary>$expr goes through the aggregation expression engine; these tests skip until that engine is merged.</summary>
public sealed class ExprQueryTests
{
    [SkippableTheory]
    [InlineData("{$expr: {$gt: ['$a', '$b']}}", "{a: 5, b: 3}", true)]
    [InlineData("{$expr: {$gt: ['$a', '$b']}}", "{a: 1, b: 3}", false)]
    [InlineData("{$expr: '$flag'}", "{flag: 0}", false)]
    [InlineData("{$expr: '$flag'}", "{flag: 'yes'}", true)]
    [InlineData("{$expr: '$missing'}", "{}", false)]
    [InlineData("{$expr: {$eq: ['$a', 1]}, b: 2}", "{a: 1, b: 2}", true)]
    public void Matches_Expr(string filter, string document, bool expected)
    {
        Skip.IfNot(TestSupport.ExpressionsAvailable, "the aggregation expression engine is not merged yet");
        Assert.Equal(expected, TestSupport.Matches(filter, document));
    }

    [SkippableFact]
    public void Matches_ExprWithLetVariable()
    {
        Skip.IfNot(TestSupport.ExpressionsAvailable, "the aggregation expression engine is not merged yet");
        var context = new QueryContext { Variables = new BsonDocument("limit", 3) };
        Assert.True(TestSupport.Matches("{$expr: {$lt: ['$a', '$$limit']}}", "{a: 2}", context));
        Assert.False(TestSupport.Matches("{$expr: {$lt: ['$a', '$$limit']}}", "{a: 4}", context));
    }

    [SkippableFact]
    public void Parse_UnknownExpression_ThrowsInvalidPipelineOperator()
    {
        Skip.IfNot(TestSupport.ExpressionsAvailable, "the aggregation expression engine is not merged yet");
        Assert.Equal(168, TestSupport.Throws(() => QueryFilter.Parse(Shell.Doc("{$expr: {$foo: 1}}"))).Code);
    }
}
