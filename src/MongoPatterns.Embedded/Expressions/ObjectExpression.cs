using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>An object literal whose values are expressions (<c>{total: {$add: ["$a", "$b"]}, name: "$n"}</c>); MISSING values are omitted.</summary>
internal sealed class ObjectExpression : AggregationExpression
{
    private readonly string[] _names;
    private readonly AggregationExpression[] _values;

    private ObjectExpression(string[] names, AggregationExpression[] values)
    {
        _names = names;
        _values = values;
    }

    /// <summary>Gets the field names, in order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Gets the field expressions, in order.</summary>
    public IReadOnlyList<AggregationExpression> Values => _values;

    /// <summary>Parses an object literal, folding it to a constant when every value is constant.</summary>
    /// <param name="document">The document (its first field does not start with <c>$</c>).</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The expression.</returns>
    public static AggregationExpression Create(BsonDocument document, ExpressionParseContext context)
    {
        var names = new string[document.ElementCount];
        var values = new AggregationExpression[document.ElementCount];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var allConstant = true;
        var i = 0;
        foreach (var element in document)
        {
            ValidateFieldName(element.Name);
            if (!seen.Add(element.Name))
            {
                ExpressionErrors.Throw(16406, $"duplicate field name specified in object literal: {document}");
            }

            names[i] = element.Name;
            values[i] = Parse(element.Value, context);
            allConstant &= values[i].IsConstant;
            i++;
        }

        var expression = new ObjectExpression(names, values);
        return allConstant ? new ConstantExpression(expression.Build(null!)) : expression;
    }

    /// <summary>Validates a field name of an object literal.</summary>
    /// <param name="name">The name.</param>
    public static void ValidateFieldName(string name)
    {
        if (name.Length == 0)
        {
            ExpressionErrors.Throw(16412, "FieldPath field names may not be empty strings.");
        }

        if (name[0] == '$')
        {
            ExpressionErrors.Throw(16410, "FieldPath field names may not start with '$'. Consider using $getField or $setField.");
        }

        if (name.Contains('.', StringComparison.Ordinal))
        {
            ExpressionErrors.Throw(16412, "FieldPath field names may not contain '.'. Consider using $getField or $setField.");
        }
    }

    /// <inheritdoc />
    public override BsonValue? Evaluate(EvaluationContext context) => Build(context);

    private BsonDocument Build(EvaluationContext context)
    {
        var result = new BsonDocument();
        for (var i = 0; i < _names.Length; i++)
        {
            var value = _values[i].Evaluate(context);
            if (value is not null)
            {
                result.Add(_names[i], value);
            }
        }

        return result;
    }
}
