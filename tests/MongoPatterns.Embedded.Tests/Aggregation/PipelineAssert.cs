using MongoPatterns.Bson;
using MongoPatterns.Embedded.Aggregation;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Tests.Expressions;

namespace MongoPatterns.Embedded.Tests.Aggregation;

/// <summary>Runs shell-syntax pipelines over shell-syntax input and compares results strictly.</summary>
internal static class PipelineAssert
{
    public static readonly DateTime Now = new(2024, 3, 15, 10, 30, 0, DateTimeKind.Utc);

    /// <summary>Gets whether the merged query engine supports <c>$expr</c> (the contract stub does not).</summary>
    public static bool QueryEngineSupportsExpr
    {
        get
        {
            try
            {
                return QueryFilter.Parse(ShellJson.Doc("{$expr: {$eq: ['$a', 1]}}")).Matches(ShellJson.Doc("{a: 1}"));
            }
            catch (MongoServerException)
            {
                return false;
            }
        }
    }

    public static PipelineContext Context(FakeAggregationHost? host = null, string? let = null) =>
        new("test", host ?? new FakeAggregationHost())
        {
            Now = Now,
            Let = let is null ? null : ShellJson.Doc(let),
            Collection = "source",
            Random = new Random(42),
        };

    public static List<BsonDocument> Run(string pipeline, string input, FakeAggregationHost? host = null, string? let = null)
    {
        var context = Context(host, let);
        var parsed = AggregationPipeline.Parse(ShellJson.Array(pipeline), context);
        return parsed.Execute(ShellJson.Array(input).Select(static v => v.AsBsonDocument).ToList(), context).ToList();
    }

    public static void Equal(string expected, string pipeline, string input, FakeAggregationHost? host = null, string? let = null)
    {
        var actual = new BsonArray(Run(pipeline, input, host, let));
        var expectedValue = ShellJson.Array(expected);
        Assert.True(
            expectedValue.Equals(actual),
            $"{pipeline}:{Environment.NewLine}expected {ShellJson.Format(expectedValue)}{Environment.NewLine}but got  {ShellJson.Format(actual)}");
    }

    public static MongoServerException Fails(int code, string pipeline, string input = "[]", FakeAggregationHost? host = null)
    {
        var exception = Assert.Throws<MongoServerException>(() => Run(pipeline, input, host));
        Assert.True(code == exception.Code, $"{pipeline}: expected error {code} but got {exception.Code}: {exception.Message}");
        return exception;
    }
}
