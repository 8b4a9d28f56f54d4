using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Query;

/// <summary><c>$expr</c>: an aggregation expression evaluated against the document and coerced to a boolean.</summary>
internal sealed class ExprNode : QueryNode
{
    private readonly AggregationExpression _expression;
    private readonly QueryContext _context;

    /// <summary>Creates the node.</summary>
    /// <param name="expression">The parsed expression.</param>
    /// <param name="context">The variables and <c>$$NOW</c>.</param>
    public ExprNode(AggregationExpression expression, QueryContext context)
    {
        _expression = expression;
        _context = context;
    }

    /// <inheritdoc/>
    public override bool Matches(BsonDocument document, MatchDetails? details)
    {
        var evaluation = new EvaluationContext(document) { Now = _context.Now };
        if (_context.Variables is { } variables)
        {
            foreach (var variable in variables)
            {
                evaluation.Variables[variable.Name] = variable.Value;
            }
        }

        return BsonSemantics.IsTruthy(_expression.Evaluate(evaluation));
    }
}
