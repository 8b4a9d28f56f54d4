using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Tests.Expressions;

/// <summary>Evaluates shell-syntax expressions against shell-syntax documents and compares results strictly (types included).</summary>
internal static class ExpressionAssert
{
    /// <summary>The fixed $$NOW of the tests.</summary>
    public static readonly DateTime Now = new(2024, 3, 15, 10, 30, 0, DateTimeKind.Utc);

    /// <summary>Evaluates an expression.</summary>
    /// <param name="expression">The expression in shell syntax.</param>
    /// <param name="document">The document in shell syntax.</param>
    /// <param name="variables">Optional user variables in shell syntax.</param>
    /// <returns>The value, or null for MISSING.</returns>
    public static BsonValue? Evaluate(string expression, string document = "{}", string? variables = null)
    {
        var vars = variables is null ? new BsonDocument() : ShellJson.Doc(variables);
        var parsed = AggregationExpression.Parse(ShellJson.Parse(expression), ExpressionParseContext.Create(vars.Names));
        var context = new EvaluationContext(ShellJson.Doc(document))
        {
            Now = Now,
            Variables = vars.ToDictionary(static e => e.Name, static e => e.Value),
        };
        return parsed.Evaluate(context);
    }

    /// <summary>Asserts an expression's value (strict: types must match; "MISSING" expects a missing result).</summary>
    /// <param name="expected">The expected value in shell syntax, or MISSING.</param>
    /// <param name="expression">The expression.</param>
    /// <param name="document">The document.</param>
    /// <param name="variables">Optional user variables.</param>
    public static void Equal(string expected, string expression, string document = "{}", string? variables = null)
    {
        var actual = Evaluate(expression, document, variables);
        var expectedValue = expected == "MISSING" ? null : ShellJson.Parse(expected);
        Assert.True(
            expectedValue is null ? actual is null : StrictEquals(expectedValue, actual),
            $"{expression} on {document}: expected {ShellJson.Format(expectedValue)} but got {ShellJson.Format(actual)}");
    }

    /// <summary>Asserts that parsing or evaluating an expression fails with a code.</summary>
    /// <param name="code">The expected error code.</param>
    /// <param name="expression">The expression.</param>
    /// <param name="document">The document.</param>
    /// <returns>The exception.</returns>
    public static MongoServerException Fails(int code, string expression, string document = "{}")
    {
        var exception = Assert.Throws<MongoServerException>(() => Evaluate(expression, document));
        Assert.True(code == exception.Code, $"{expression}: expected error {code} but got {exception.Code}: {exception.Message}");
        return exception;
    }

    /// <summary>Strict equality that also treats NaN as NaN.</summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The actual value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool StrictEquals(BsonValue expected, BsonValue? actual) => actual is not null && expected.Equals(actual);
}
