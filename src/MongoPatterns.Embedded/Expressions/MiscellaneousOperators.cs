using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Variables and literals (<c>$let</c>, <c>$literal</c>), <c>$rand</c>, <c>$meta</c>, timestamps, sizes, percentiles and the unsupported JavaScript operators.</summary>
internal static class MiscellaneousOperators
{
    private static readonly string[] s_letArguments = ["vars", "in"];
    private static readonly string[] s_percentileArguments = ["input", "p", "method"];
    private static readonly string[] s_medianArguments = ["input", "method"];

    private static readonly HashSet<string> s_metaNames = new(StringComparer.Ordinal)
    {
        "textScore", "randVal", "searchScore", "searchHighlights", "geoNearDistance", "geoNearPoint", "recordId",
        "indexKey", "sortKey", "searchScoreDetails", "searchSequenceToken", "vectorSearchScore", "score", "scoreDetails",
    };

    /// <summary>Registers the operators.</summary>
    /// <param name="table">The operator table.</param>
    public static void Register(OperatorTable table)
    {
        table.Add("$literal", static (_, operand, _) => new ConstantExpression(operand));
        table.Add("$let", ParseLet);
        table.Add("$rand", static (name, operand, _) =>
        {
            if (operand is not BsonDocument { ElementCount: 0 })
            {
                ExpressionErrors.Throw(3040501, "$rand does not currently accept arguments");
            }

            return FunctionExpression.Create(name, [], static (_, ctx) => new BsonDouble((ctx.Random ?? Random.Shared).NextDouble()), pure: false);
        });
        table.Add("$meta", ParseMeta);
        table.Fixed("$tsSecond", 1, static (args, _) => Timestamp("$tsSecond", args[0], static t => BsonInt64.Create(t.Timestamp)));
        table.Fixed("$tsIncrement", 1, static (args, _) => Timestamp("$tsIncrement", args[0], static t => BsonInt64.Create(t.Increment)));
        table.Fixed("$bsonSize", 1, static (args, _) =>
        {
            if (ExpressionValues.IsNullish(args[0]))
            {
                return BsonNull.Value;
            }

            return args[0] is BsonDocument document
                ? BsonInt32.Create(document.ToBson().Length)
                : ExpressionErrors.Throw<BsonValue>(31393, $"$bsonSize requires a document input, found: {ExpressionTypeNames.NameOf(args[0])}");
        });
        table.Fixed("$binarySize", 1, static (args, _) => args[0] switch
        {
            null or BsonNull or BsonUndefined => BsonNull.Value,
            BsonString text => BsonInt32.Create(System.Text.Encoding.UTF8.GetByteCount(text.Value)),
            BsonBinaryData binary => BsonInt32.Create(binary.Bytes.Length),
            _ => ExpressionErrors.Throw<BsonValue>(51276, $"$binarySize requires a string or BinData argument, found: {ExpressionTypeNames.NameOf(args[0])}"),
        });
        table.Add("$median", static (name, operand, context) => ParsePercentile(name, operand, context, median: true));
        table.Add("$percentile", static (name, operand, context) => ParsePercentile(name, operand, context, median: false));
        table.Add("$function", static (name, _, _) => NotSupported(name));
        table.Add("$accumulator", static (name, _, _) => NotSupported(name));
    }

    /// <summary>Computes percentiles of numbers with the discrete (nearest-rank) method.</summary>
    /// <param name="values">The values; non-numbers are ignored.</param>
    /// <param name="percentiles">The requested percentiles in [0, 1].</param>
    /// <returns>One double per percentile, or nulls when there are no numbers.</returns>
    internal static BsonValue[] Percentiles(IEnumerable<BsonValue?> values, IReadOnlyList<double> percentiles)
    {
        var numbers = values.Where(static v => v is not null && v.IsNumeric).Select(static v => v!.ToDouble()).Where(static d => !double.IsNaN(d)).ToList();
        numbers.Sort();
        var result = new BsonValue[percentiles.Count];
        for (var i = 0; i < percentiles.Count; i++)
        {
            if (numbers.Count == 0)
            {
                result[i] = BsonNull.Value;
                continue;
            }

            var rank = (int)Math.Ceiling(percentiles[i] * numbers.Count);
            result[i] = new BsonDouble(numbers[Math.Clamp(rank - 1, 0, numbers.Count - 1)]);
        }

        return result;
    }

    /// <summary>Validates the <c>p</c> argument of <c>$percentile</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The percentiles.</returns>
    internal static double[] ReadPercentiles(BsonValue? value)
    {
        if (value is not BsonArray array || array.Count == 0)
        {
            return ExpressionErrors.Throw<double[]>(7750301, $"The $percentile 'p' field must be an array of numbers from [0.0, 1.0], but found: {ExpressionErrors.Describe(value)}");
        }

        var result = new double[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            if (!array[i].IsNumeric || array[i].ToDouble() is < 0 or > 1 or double.NaN)
            {
                ExpressionErrors.Throw(7750303, $"The $percentile 'p' field must be an array of numbers from [0.0, 1.0], but found: {array[i]}");
            }

            result[i] = array[i].ToDouble();
        }

        return result;
    }

    /// <summary>Validates the <c>method</c> argument of <c>$median</c>/<c>$percentile</c>.</summary>
    /// <param name="value">The method.</param>
    internal static void ValidateMethod(BsonValue? value)
    {
        if (value is not BsonString { Value: "approximate" or "discrete" or "continuous" })
        {
            ExpressionErrors.Throw(ErrorCodes.BadValue, $"Currently only 'approximate' can be used as percentile 'method', found: {ExpressionErrors.Describe(value)}");
        }
    }

    private static AggregationExpression NotSupported(string name) =>
        ExpressionErrors.Throw<AggregationExpression>(31264, $"{name} is not supported: the embedded server does not run JavaScript");

    private static AggregationExpression ParseLet(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(16874, "$let only supports an object as its argument");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_letArguments, 16874, 16875);
        if (!named.TryGetValue("vars", out var varsValue))
        {
            ExpressionErrors.Throw(16876, "Missing 'vars' parameter to $let");
        }

        if (!named.TryGetValue("in", out var inValue))
        {
            ExpressionErrors.Throw(16877, "Missing 'in' parameter to $let");
        }

        if (varsValue is not BsonDocument vars)
        {
            return ExpressionErrors.Throw<AggregationExpression>(ErrorCodes.FailedToParse, $"invalid parameter: expected an object (vars)");
        }

        var names = new string[vars.ElementCount];
        var values = new AggregationExpression[vars.ElementCount];
        var i = 0;
        foreach (var element in vars)
        {
            if (element.Name != "CURRENT")
            {
                FieldPathExpression.ValidateVariableNameForWrite(element.Name);
            }

            names[i] = element.Name;
            values[i] = AggregationExpression.Parse(element.Value, context);
            i++;
        }

        var body = AggregationExpression.Parse(inValue, context.WithVariables(names));
        return new LazyExpression(values, (args, ctx) =>
        {
            var evaluated = new BsonValue?[args.Length];
            for (var j = 0; j < args.Length; j++)
            {
                evaluated[j] = args[j].Evaluate(ctx);
            }

            for (var j = 0; j < names.Length; j++)
            {
                ctx.PushVariable(names[j], evaluated[j]);
            }

            try
            {
                return body.Evaluate(ctx);
            }
            finally
            {
                ctx.PopVariables(names.Length);
            }
        });
    }

    private static AggregationExpression ParseMeta(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonString text)
        {
            return ExpressionErrors.Throw<AggregationExpression>(17307, "$meta only supports string arguments");
        }

        if (!s_metaNames.Contains(text.Value))
        {
            ExpressionErrors.Throw(17308, $"Unsupported argument to $meta: {text.Value}");
        }

        if (text.Value == "textScore")
        {
            return FunctionExpression.Create(name, [], static (_, ctx) => ctx.TextScore is double score ? new BsonDouble(score) : null, pure: false);
        }

        if (text.Value == "randVal")
        {
            return FunctionExpression.Create(name, [], static (_, ctx) => new BsonDouble((ctx.Random ?? Random.Shared).NextDouble()), pure: false);
        }

        return FunctionExpression.Create(name, [], static (_, _) => null, pure: false);
    }

    private static BsonValue Timestamp(string name, BsonValue? value, Func<BsonTimestamp, BsonValue> part)
    {
        if (ExpressionValues.IsNullish(value))
        {
            return BsonNull.Value;
        }

        return value is BsonTimestamp timestamp
            ? part(timestamp)
            : ExpressionErrors.Throw<BsonValue>(5687301, $"Argument to {name} must be a timestamp, but is {ExpressionTypeNames.NameOf(value)}");
    }

    private static AggregationExpression ParsePercentile(string name, BsonValue operand, ExpressionParseContext context, bool median)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(7436200, $"specification must be an object; found {ExpressionTypeNames.NameOf(operand)}");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, median ? s_medianArguments : s_percentileArguments, 7436200, 40415);
        var input = ExpressionArguments.Required(named, "input", context, 40414, $"BSON field '{name}.input' is missing but a required field");
        if (!named.TryGetValue("method", out var method))
        {
            ExpressionErrors.Throw(40414, $"BSON field '{name}.method' is missing but a required field");
        }

        ValidateMethod(method);
        var percentiles = median ? [0.5] : ReadPercentiles(named.TryGetValue("p", out var p) ? p : null);
        return FunctionExpression.Create(name, [input], (args, _) =>
        {
            IEnumerable<BsonValue?> values = args[0] is BsonArray array ? array : new[] { args[0] };
            var result = Percentiles(values, percentiles);
            return median ? result[0] : new BsonArray(result);
        });
    }
}
