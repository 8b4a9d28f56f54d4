using System.Globalization;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>A parsed aggregation expression (used by <c>$expr</c>, pipeline stages, pipeline updates and find projections).</summary>
/// <remarks>
/// <see cref="Parse(BsonValue, ExpressionParseContext)"/> compiles the expression once into a tree; evaluating it does no
/// parsing. Sub-trees made only of constants are folded at parse time. <see cref="Evaluate(EvaluationContext)"/> returns
/// <see langword="null"/> for MISSING, which is distinct from BSON null.
/// </remarks>
internal abstract class AggregationExpression
{
    /// <summary>Gets whether the expression always evaluates to <see cref="ConstantValue"/>.</summary>
    public virtual bool IsConstant => false;

    /// <summary>Gets the value of a constant expression (<see langword="null"/> when it is not constant or is MISSING).</summary>
    public virtual BsonValue? ConstantValue => null;

    /// <summary>Parses an expression.</summary>
    /// <param name="expression">The expression value.</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The parsed expression.</returns>
    /// <exception cref="MongoServerException">The expression is invalid.</exception>
    public static AggregationExpression Parse(BsonValue expression, ExpressionParseContext context)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        switch (expression)
        {
            case BsonString text when text.Value.StartsWith('$'):
                return FieldPathExpression.Parse(text.Value, context);
            case BsonDocument document:
                return ParseDocument(document, context);
            case BsonArray array:
                return ArrayLiteralExpression.Create(array, context);
            default:
                return new ConstantExpression(expression);
        }
    }

    /// <summary>Parses a document that is either an operator expression (<c>{$op: args}</c>) or an object expression.</summary>
    /// <param name="document">The document.</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The parsed expression.</returns>
    public static AggregationExpression ParseDocument(BsonDocument document, ExpressionParseContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        if (document.ElementCount == 0)
        {
            return new ConstantExpression(new BsonDocument());
        }

        var first = document.GetElement(0);
        if (first.Name.StartsWith('$'))
        {
            if (document.ElementCount != 1)
            {
                var names = string.Join(", ", document.Names.Select(static n => "'" + n + "'"));
                ExpressionErrors.Throw(
                    15983,
                    string.Create(CultureInfo.InvariantCulture, $"an expression operator specification must contain exactly one field, found {document.ElementCount} fields [{names}]."));
            }

            return ParseOperator(first.Name, first.Value, context);
        }

        return ObjectExpression.Create(document, context);
    }

    /// <summary>Parses <c>{name: operand}</c> for a known operator name.</summary>
    /// <param name="name">The operator name (e.g. <c>$add</c>).</param>
    /// <param name="operand">Its operand.</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The parsed expression.</returns>
    /// <exception cref="MongoServerException">Code 168 when the operator is unknown.</exception>
    public static AggregationExpression ParseOperator(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (!ExpressionOperators.TryGetParser(name, out var parser))
        {
            ExpressionErrors.Throw(ErrorCodes.InvalidPipelineOperator, $"Unrecognized expression '{name}'");
        }

        return parser(name, operand, context);
    }

    /// <summary>Gets whether <paramref name="name"/> is a known expression operator.</summary>
    /// <param name="name">The name (e.g. <c>$add</c>).</param>
    /// <returns>Whether the operator exists.</returns>
    public static bool IsOperator(string name) => ExpressionOperators.TryGetParser(name, out _);

    /// <summary>Evaluates the expression.</summary>
    /// <param name="context">The document and variables.</param>
    /// <returns>The value, or <see langword="null"/> when the result is missing (distinct from BSON null).</returns>
    public abstract BsonValue? Evaluate(EvaluationContext context);

    /// <summary>Evaluates against a document with no variables (a convenience for tests and simple callers).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The value, or <see langword="null"/> when missing.</returns>
    public BsonValue? Evaluate(BsonDocument document) => Evaluate(new EvaluationContext(document));
}
