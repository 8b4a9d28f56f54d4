using System.Runtime.CompilerServices;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Computes an operator's result from its evaluated arguments.</summary>
/// <param name="arguments">The evaluated arguments (<see langword="null"/> entries are MISSING).</param>
/// <param name="context">The evaluation context.</param>
/// <returns>The result, or <see langword="null"/> for MISSING.</returns>
internal delegate BsonValue? OperatorFunction(ReadOnlySpan<BsonValue?> arguments, EvaluationContext context);

/// <summary>An operator that evaluates all of its arguments, then computes its result from their values.</summary>
internal sealed class FunctionExpression : AggregationExpression
{
    private readonly AggregationExpression[] _arguments;
    private readonly OperatorFunction _function;

    private FunctionExpression(string name, AggregationExpression[] arguments, OperatorFunction function)
    {
        Name = name;
        _arguments = arguments;
        _function = function;
    }

    /// <summary>Gets the operator name.</summary>
    public string Name { get; }

    /// <summary>Gets the argument expressions.</summary>
    public IReadOnlyList<AggregationExpression> Arguments => _arguments;

    /// <summary>
    /// Creates the expression; when it is <paramref name="pure"/> and every argument is constant, the result is computed
    /// now and a constant is returned (errors are left to evaluation time, as they may never happen on empty input).
    /// </summary>
    /// <param name="name">The operator name.</param>
    /// <param name="arguments">The arguments.</param>
    /// <param name="function">The computation.</param>
    /// <param name="pure">Whether the result depends only on the arguments.</param>
    /// <returns>The expression.</returns>
    public static AggregationExpression Create(string name, AggregationExpression[] arguments, OperatorFunction function, bool pure = true)
    {
        var expression = new FunctionExpression(name, arguments, function);
        if (pure && Array.TrueForAll(arguments, static a => a.IsConstant))
        {
            try
            {
                return new ConstantExpression(expression.Evaluate(new EvaluationContext(new BsonDocument())));
            }
            catch (MongoServerException)
            {
                return expression;
            }
        }

        return expression;
    }

    /// <inheritdoc />
    public override BsonValue? Evaluate(EvaluationContext context)
    {
        var count = _arguments.Length;
        if (count <= 4)
        {
            var buffer = default(ArgumentBuffer);
            Span<BsonValue?> values = buffer;
            values = values[..count];
            for (var i = 0; i < count; i++)
            {
                values[i] = _arguments[i].Evaluate(context);
            }

            return _function(values, context);
        }

        var array = new BsonValue?[count];
        for (var i = 0; i < count; i++)
        {
            array[i] = _arguments[i].Evaluate(context);
        }

        return _function(array, context);
    }

    [InlineArray(4)]
    private struct ArgumentBuffer
    {
        private BsonValue? _element;
    }
}
