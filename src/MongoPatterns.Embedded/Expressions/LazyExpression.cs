using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>An operator that decides itself which arguments to evaluate (short-circuiting <c>$and</c>, <c>$cond</c>, <c>$switch</c>, ...).</summary>
internal sealed class LazyExpression : AggregationExpression
{
    private readonly AggregationExpression[] _arguments;
    private readonly Func<AggregationExpression[], EvaluationContext, BsonValue?> _evaluate;

    /// <summary>Creates the expression.</summary>
    /// <param name="arguments">The unevaluated arguments.</param>
    /// <param name="evaluate">The evaluation.</param>
    public LazyExpression(AggregationExpression[] arguments, Func<AggregationExpression[], EvaluationContext, BsonValue?> evaluate)
    {
        _arguments = arguments;
        _evaluate = evaluate;
    }

    /// <summary>Gets whether every argument is constant.</summary>
    public bool AllArgumentsConstant => Array.TrueForAll(_arguments, static a => a.IsConstant);

    /// <inheritdoc />
    public override BsonValue? Evaluate(EvaluationContext context) => _evaluate(_arguments, context);
}
