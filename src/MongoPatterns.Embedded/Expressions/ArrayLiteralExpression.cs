using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>An array literal whose elements are expressions; MISSING elements become null.</summary>
internal sealed class ArrayLiteralExpression : AggregationExpression
{
    private readonly AggregationExpression[] _items;

    private ArrayLiteralExpression(AggregationExpression[] items) => _items = items;

    /// <summary>Parses an array literal, folding it to a constant when every element is constant.</summary>
    /// <param name="array">The array.</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The expression.</returns>
    public static AggregationExpression Create(BsonArray array, ExpressionParseContext context)
    {
        var items = new AggregationExpression[array.Count];
        var allConstant = true;
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Parse(array[i], context);
            allConstant &= items[i].IsConstant;
        }

        var expression = new ArrayLiteralExpression(items);
        return allConstant ? new ConstantExpression(expression.Build(null!)) : expression;
    }

    /// <inheritdoc />
    public override BsonValue? Evaluate(EvaluationContext context) => Build(context);

    private BsonArray Build(EvaluationContext context)
    {
        var result = new BsonArray(_items.Length);
        foreach (var item in _items)
        {
            result.Add(item.Evaluate(context) ?? BsonNull.Value);
        }

        return result;
    }
}
