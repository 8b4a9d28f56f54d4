using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>A parsed aggregation expression (used by <c>$expr</c>, pipeline stages, pipeline updates and find projections).</summary>
/// <remarks>CONTRACT STUB: the aggregation engine replaces this file.</remarks>
internal abstract class AggregationExpression
{
    /// <summary>Parses an expression.</summary>
    /// <param name="expression">The expression value.</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The parsed expression.</returns>
    /// <exception cref="MongoServerException">The expression is invalid.</exception>
    public static AggregationExpression Parse(BsonValue expression, ExpressionParseContext context)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        throw new MongoServerException(ErrorCodes.NotImplemented, "aggregation expressions are not built yet");
    }

    /// <summary>Evaluates the expression.</summary>
    /// <param name="context">The document and variables.</param>
    /// <returns>The value, or <see langword="null"/> when the result is missing (distinct from BSON null).</returns>
    public abstract BsonValue? Evaluate(EvaluationContext context);
}
