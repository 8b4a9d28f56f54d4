using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Tests.Query;

/// <summary>Shared helpers for the query, projection and update tests.</summary>
internal static class TestSupport
{
    private static readonly Lazy<bool> s_expressionsAvailable = new(() =>
    {
        try
        {
            AggregationExpression.Parse(new BsonInt32(1), new ExpressionParseContext());
            return true;
        }
        catch (MongoServerException exception) when (exception.Code == ErrorCodes.NotImplemented)
        {
            return false;
        }
    });

    /// <summary>Gets whether the aggregation expression engine is merged (its stub throws NotImplemented).</summary>
    public static bool ExpressionsAvailable => s_expressionsAvailable.Value;

    public static bool Matches(string filter, string document, QueryContext? context = null) =>
        QueryFilter.Parse(Shell.Doc(filter), context).Matches(Shell.Doc(document));

    public static MongoServerException Throws(Action action) => Assert.Throws<MongoServerException>(action);

    /// <summary>Asserts strict (type- and order-sensitive) equality of two values, showing both on failure.</summary>
    public static void AssertBsonEqual(BsonValue expected, BsonValue actual)
    {
        if (!expected.Equals(actual))
        {
            Assert.Fail($"Expected {expected} but was {actual}");
        }
    }
}
