using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Array operators: element access, <c>$filter</c>, <c>$map</c>, <c>$reduce</c>, slicing, ranges, zipping, sorting and the array forms of the group operators.</summary>
internal static class ArrayOperators
{
    private static readonly string[] s_filterArguments = ["input", "as", "cond", "limit"];
    private static readonly string[] s_mapArguments = ["input", "as", "in"];
    private static readonly string[] s_reduceArguments = ["input", "initialValue", "in"];
    private static readonly string[] s_zipArguments = ["inputs", "useLongestLength", "defaults"];
    private static readonly string[] s_sortArrayArguments = ["input", "sortBy"];
    private static readonly string[] s_nArguments = ["input", "n"];

    /// <summary>Registers the operators.</summary>
    /// <param name="table">The operator table.</param>
    public static void Register(OperatorTable table)
    {
        table.Fixed("$size", 1, static (args, _) => args[0] is BsonArray array
            ? BsonInt32.Create(array.Count)
            : ExpressionErrors.Throw<BsonValue>(17124, $"The argument to $size must be an array. Type of the argument was: {ExpressionTypeNames.NameOf(args[0])}"));
        table.Fixed("$arrayElemAt", 2, static (args, _) => ElementAt("$arrayElemAt", args[0], args[1]));
        table.Fixed("$first", 1, static (args, _) => ElementAt("$first", args[0], BsonInt32.Create(0)));
        table.Fixed("$last", 1, static (args, _) => ElementAt("$last", args[0], BsonInt32.Create(-1)));
        table.Add("$filter", ParseFilter);
        table.Add("$map", ParseMap);
        table.Add("$reduce", ParseReduce);
        table.Fixed("$in", 2, static (args, _) =>
        {
            if (args[1] is not BsonArray array)
            {
                return ExpressionErrors.Throw<BsonValue>(40081, $"$in requires an array as a second argument, found: {ExpressionTypeNames.NameOf(args[1])}");
            }

            foreach (var item in array)
            {
                if (ExpressionValues.AreEqual(args[0], item))
                {
                    return BsonBoolean.True;
                }
            }

            return BsonBoolean.False;
        });
        table.Ranged("$indexOfArray", 2, 4, static (args, _) => IndexOfArray(args));
        table.Variadic("$concatArrays", static (args, _) =>
        {
            var result = new BsonArray();
            foreach (var arg in args)
            {
                if (ExpressionValues.IsNullish(arg))
                {
                    return BsonNull.Value;
                }

                if (arg is not BsonArray array)
                {
                    return ExpressionErrors.Throw<BsonValue>(28664, $"$concatArrays only supports arrays, not {ExpressionTypeNames.NameOf(arg)}");
                }

                result.AddRange(array);
            }

            return result;
        });
        table.Ranged("$slice", 2, 3, static (args, _) => Slice(args));
        table.Fixed("$reverseArray", 1, static (args, _) =>
        {
            if (ExpressionValues.IsNullish(args[0]))
            {
                return BsonNull.Value;
            }

            if (args[0] is not BsonArray array)
            {
                return ExpressionErrors.Throw<BsonValue>(34435, $"The argument to $reverseArray must be an array, but was of type: {ExpressionTypeNames.NameOf(args[0])}");
            }

            var result = new BsonArray(array.Count);
            for (var i = array.Count - 1; i >= 0; i--)
            {
                result.Add(array[i]);
            }

            return result;
        });
        table.Ranged("$range", 2, 3, static (args, _) => Range(args));
        table.Fixed("$isArray", 1, static (args, _) => BsonBoolean.Create(args[0] is BsonArray));
        table.Add("$zip", ParseZip);
        table.Add("$sortArray", ParseSortArray);
        table.Variadic("$sum", static (args, _) => Sum(Operands(args)));
        table.Variadic("$avg", static (args, _) => Average(Operands(args)));
        table.Variadic("$max", static (args, _) => Extreme(Operands(args), max: true));
        table.Variadic("$min", static (args, _) => Extreme(Operands(args), max: false));
        table.Variadic("$stdDevPop", static (args, _) => StandardDeviation(Operands(args), sample: false));
        table.Variadic("$stdDevSamp", static (args, _) => StandardDeviation(Operands(args), sample: true));
        table.Add("$firstN", static (name, operand, context) => ParseN(name, operand, context));
        table.Add("$lastN", static (name, operand, context) => ParseN(name, operand, context));
        table.Add("$maxN", static (name, operand, context) => ParseN(name, operand, context));
        table.Add("$minN", static (name, operand, context) => ParseN(name, operand, context));
    }

    /// <summary>Runs <paramref name="body"/> once per element with <paramref name="variable"/> bound to the element.</summary>
    /// <param name="context">The evaluation context.</param>
    /// <param name="variable">The variable name.</param>
    /// <param name="array">The array.</param>
    /// <param name="body">Receives each element's index; returns false to stop.</param>
    internal static void ForEachBound(EvaluationContext context, string variable, BsonArray array, Func<int, bool> body)
    {
        context.PushVariable(variable, null);
        try
        {
            for (var i = 0; i < array.Count; i++)
            {
                context.SetScopedVariable(0, array[i]);
                if (!body(i))
                {
                    break;
                }
            }
        }
        finally
        {
            context.PopVariables(1);
        }
    }

    /// <summary>Sums numbers, ignoring other values (0 when there are none).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The sum.</returns>
    internal static BsonValue Sum(IEnumerable<BsonValue?> values)
    {
        var sum = default(NumericSum);
        foreach (var value in values)
        {
            if (value is not null && value.IsNumeric)
            {
                sum.Add(value);
            }
        }

        return sum.Result();
    }

    /// <summary>Averages numbers, ignoring other values (null when there are none).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The average.</returns>
    internal static BsonValue Average(IEnumerable<BsonValue?> values)
    {
        var sum = default(NumericSum);
        foreach (var value in values)
        {
            if (value is not null && value.IsNumeric)
            {
                sum.Add(value);
            }
        }

        return sum.Average();
    }

    /// <summary>Gets the largest or smallest value, ignoring nullish values (null when there are none).</summary>
    /// <param name="values">The values.</param>
    /// <param name="max">Whether to find the largest.</param>
    /// <returns>The extreme value.</returns>
    internal static BsonValue Extreme(IEnumerable<BsonValue?> values, bool max)
    {
        BsonValue? best = null;
        foreach (var value in values)
        {
            if (ExpressionValues.IsNullish(value))
            {
                continue;
            }

            if (best is null || (max ? ExpressionValues.Compare(value, best) > 0 : ExpressionValues.Compare(value, best) < 0))
            {
                best = value;
            }
        }

        return best ?? BsonNull.Value;
    }

    /// <summary>The population or sample standard deviation of the numbers (null when undefined).</summary>
    /// <param name="values">The values.</param>
    /// <param name="sample">Whether to compute the sample deviation.</param>
    /// <returns>The deviation.</returns>
    internal static BsonValue StandardDeviation(IEnumerable<BsonValue?> values, bool sample)
    {
        long count = 0;
        double mean = 0;
        double m2 = 0;
        foreach (var value in values)
        {
            if (value is null || !value.IsNumeric)
            {
                continue;
            }

            var x = value.ToDouble();
            count++;
            var delta = x - mean;
            mean += delta / count;
            m2 += delta * (x - mean);
        }

        if (count == 0 || (sample && count < 2))
        {
            return BsonNull.Value;
        }

        return new BsonDouble(Math.Sqrt(m2 / (sample ? count - 1 : count)));
    }

    private static List<BsonValue?> Operands(ReadOnlySpan<BsonValue?> args)
    {
        if (args.Length == 1 && args[0] is BsonArray array)
        {
            return new List<BsonValue?>(array);
        }

        return [.. args];
    }

    private static BsonValue? ElementAt(string name, BsonValue? arrayValue, BsonValue? indexValue)
    {
        if (ExpressionValues.IsNullish(arrayValue) || ExpressionValues.IsNullish(indexValue))
        {
            return BsonNull.Value;
        }

        if (arrayValue is not BsonArray array)
        {
            return ExpressionErrors.Throw<BsonValue>(28689, $"{name}'s {(name == "$arrayElemAt" ? "first argument" : "argument")} must be an array, but is {ExpressionTypeNames.NameOf(arrayValue)}");
        }

        if (!indexValue!.IsNumeric)
        {
            return ExpressionErrors.Throw<BsonValue>(28690, $"{name}'s second argument must be a numeric value, but is {ExpressionTypeNames.NameOf(indexValue)}");
        }

        if (!Numeric.TryGetInt32(indexValue, out var index))
        {
            return ExpressionErrors.Throw<BsonValue>(28691, $"{name}'s second argument must be representable as a 32-bit integer: {indexValue}");
        }

        if (index < 0)
        {
            index += array.Count;
        }

        return index >= 0 && index < array.Count ? array[index] : null;
    }

    private static AggregationExpression ParseFilter(string name, BsonValue operand, ExpressionParseContext context)
    {
        var named = ExpressionArguments.ReadNamed(name, operand, s_filterArguments, 28646, 28647);
        var input = ExpressionArguments.Required(named, "input", context, 28648, "Missing 'input' parameter to $filter");
        var variable = ReadVariableName(named, "as", "this");
        if (!named.ContainsKey("cond"))
        {
            ExpressionErrors.Throw(28650, "Missing 'cond' parameter to $filter");
        }

        var condition = AggregationExpression.Parse(named["cond"], context.WithVariables(variable));
        var limit = ExpressionArguments.Optional(named, "limit", context);
        return new LazyExpression([input], (args, ctx) =>
        {
            var value = args[0].Evaluate(ctx);
            if (ExpressionValues.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is not BsonArray array)
            {
                return ExpressionErrors.Throw<BsonValue>(28651, $"input to $filter must be an array not {ExpressionTypeNames.NameOf(value)}");
            }

            var max = int.MaxValue;
            if (limit is not null)
            {
                var limitValue = limit.Evaluate(ctx);
                if (!ExpressionValues.IsNullish(limitValue))
                {
                    if (!Numeric.TryGetInt32(limitValue, out max))
                    {
                        return ExpressionErrors.Throw<BsonValue>(327391, $"$filter: limit must be represented as a 32-bit integral value: {limitValue}");
                    }

                    if (max < 1)
                    {
                        return ExpressionErrors.Throw<BsonValue>(327392, $"$filter: limit must be greater than 0: {limitValue}");
                    }
                }
            }

            var result = new BsonArray();
            ForEachBound(ctx, variable, array, i =>
            {
                if (ExpressionValues.IsTrue(condition.Evaluate(ctx)))
                {
                    result.Add(array[i]);
                }

                return result.Count < max;
            });
            return result;
        });
    }

    private static AggregationExpression ParseMap(string name, BsonValue operand, ExpressionParseContext context)
    {
        var named = ExpressionArguments.ReadNamed(name, operand, s_mapArguments, 16878, 16879);
        var input = ExpressionArguments.Required(named, "input", context, 16880, "Missing 'input' parameter to $map");
        var variable = ReadVariableName(named, "as", "this");
        if (!named.ContainsKey("in"))
        {
            ExpressionErrors.Throw(16882, "Missing 'in' parameter to $map");
        }

        var body = AggregationExpression.Parse(named["in"], context.WithVariables(variable));
        return new LazyExpression([input], (args, ctx) =>
        {
            var value = args[0].Evaluate(ctx);
            if (ExpressionValues.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is not BsonArray array)
            {
                return ExpressionErrors.Throw<BsonValue>(16883, $"input to $map must be an array not {ExpressionTypeNames.NameOf(value)}");
            }

            var result = new BsonArray(array.Count);
            ForEachBound(ctx, variable, array, _ =>
            {
                result.Add(body.Evaluate(ctx) ?? BsonNull.Value);
                return true;
            });
            return result;
        });
    }

    private static AggregationExpression ParseReduce(string name, BsonValue operand, ExpressionParseContext context)
    {
        var named = ExpressionArguments.ReadNamed(name, operand, s_reduceArguments, 40075, 40076);
        var input = ExpressionArguments.Required(named, "input", context, 40077, "$reduce requires 'input' to be specified");
        var initial = ExpressionArguments.Required(named, "initialValue", context, 40078, "$reduce requires 'initialValue' to be specified");
        if (!named.ContainsKey("in"))
        {
            ExpressionErrors.Throw(40079, "$reduce requires 'in' to be specified");
        }

        var body = AggregationExpression.Parse(named["in"], context.WithVariables("this", "value"));
        return new LazyExpression([input, initial], (args, ctx) =>
        {
            var value = args[0].Evaluate(ctx);
            if (ExpressionValues.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is not BsonArray array)
            {
                return ExpressionErrors.Throw<BsonValue>(40080, $"$reduce requires that 'input' be an array, found: {ExpressionErrors.Describe(value)}");
            }

            var accumulator = args[1].Evaluate(ctx);
            ctx.PushVariable("value", accumulator);
            ctx.PushVariable("this", null);
            try
            {
                foreach (var item in array)
                {
                    ctx.SetScopedVariable(0, item);
                    ctx.SetScopedVariable(1, accumulator);
                    accumulator = body.Evaluate(ctx);
                }
            }
            finally
            {
                ctx.PopVariables(2);
            }

            return accumulator;
        });
    }

    /// <summary>Reads and validates the variable name of <c>as</c>-style arguments.</summary>
    /// <param name="named">The named arguments.</param>
    /// <param name="key">The argument name.</param>
    /// <param name="defaultName">The name when the argument is absent.</param>
    /// <returns>The variable name.</returns>
    internal static string ReadVariableName(Dictionary<string, BsonValue> named, string key, string defaultName)
    {
        if (!named.TryGetValue(key, out var value))
        {
            return defaultName;
        }

        var name = value is BsonString text ? text.Value : string.Empty;
        FieldPathExpression.ValidateVariableNameForWrite(name);
        return name;
    }

    private static BsonValue IndexOfArray(ReadOnlySpan<BsonValue?> args)
    {
        if (ExpressionValues.IsNullish(args[0]))
        {
            return BsonNull.Value;
        }

        if (args[0] is not BsonArray array)
        {
            return ExpressionErrors.Throw<BsonValue>(40090, $"$indexOfArray requires an array as a first argument, found: {ExpressionTypeNames.NameOf(args[0])}");
        }

        var start = args.Length > 2 ? ReadArrayIndex(args[2], "starting") : 0;
        var end = args.Length > 3 ? Math.Min(ReadArrayIndex(args[3], "ending"), array.Count) : array.Count;
        for (var i = start; i < end; i++)
        {
            if (ExpressionValues.AreEqual(array[(int)i], args[1]))
            {
                return BsonInt32.Create((int)i);
            }
        }

        return BsonInt32.Create(-1);
    }

    private static long ReadArrayIndex(BsonValue? value, string which)
    {
        if (!Numeric.TryGetInt64(value, out var index))
        {
            return ExpressionErrors.Throw<long>(40096, $"$indexOfArray requires an integral {which} index, found a value of type: {ExpressionTypeNames.NameOf(value)}, with value: {ExpressionErrors.Describe(value)}");
        }

        if (index < 0)
        {
            ExpressionErrors.Throw(40097, $"$indexOfArray requires a nonnegative {which} index, found: {value}");
        }

        return index;
    }

    private static BsonValue Slice(ReadOnlySpan<BsonValue?> args)
    {
        foreach (var arg in args)
        {
            if (ExpressionValues.IsNullish(arg))
            {
                return BsonNull.Value;
            }
        }

        if (args[0] is not BsonArray array)
        {
            return ExpressionErrors.Throw<BsonValue>(28724, $"First argument to $slice must be an array, but is of type: {ExpressionTypeNames.NameOf(args[0])}");
        }

        if (!args[1]!.IsNumeric)
        {
            return ExpressionErrors.Throw<BsonValue>(28725, $"Second argument to $slice must be a numeric value, but is of type: {ExpressionTypeNames.NameOf(args[1])}");
        }

        if (!Numeric.TryGetInt32(args[1], out var second))
        {
            return ExpressionErrors.Throw<BsonValue>(28726, $"Second argument to $slice can't be represented as a 32-bit integer: {args[1]}");
        }

        long start;
        long count;
        if (args.Length == 2)
        {
            if (second >= 0)
            {
                start = 0;
                count = second;
            }
            else
            {
                start = Math.Max(0, array.Count + (long)second);
                count = array.Count;
            }
        }
        else
        {
            if (!args[2]!.IsNumeric)
            {
                return ExpressionErrors.Throw<BsonValue>(28727, $"Third argument to $slice must be numeric, but is of type: {ExpressionTypeNames.NameOf(args[2])}");
            }

            if (!Numeric.TryGetInt32(args[2], out var third))
            {
                return ExpressionErrors.Throw<BsonValue>(28728, $"Third argument to $slice can't be represented as a 32-bit integer: {args[2]}");
            }

            if (third <= 0)
            {
                return ExpressionErrors.Throw<BsonValue>(28729, $"Third argument to $slice must be positive: {args[2]}");
            }

            start = second >= 0 ? Math.Min(second, array.Count) : Math.Max(0, array.Count + (long)second);
            count = third;
        }

        var result = new BsonArray();
        for (var i = start; i < array.Count && i < start + count; i++)
        {
            result.Add(array[(int)i]);
        }

        return result;
    }

    private static BsonArray Range(ReadOnlySpan<BsonValue?> args)
    {
        var start = RangeValue(args[0], "starting", 34443, 34444);
        var end = RangeValue(args[1], "ending", 34445, 34446);
        var step = args.Length > 2 ? RangeValue(args[2], "step", 34447, 34448) : 1;
        if (step == 0)
        {
            ExpressionErrors.Throw(34449, "$range requires a non-zero step value");
        }

        var result = new BsonArray();
        for (long i = start; step > 0 ? i < end : i > end; i += step)
        {
            result.Add(BsonInt32.Create((int)i));
        }

        return result;
    }

    private static int RangeValue(BsonValue? value, string role, int typeCode, int rangeCode)
    {
        if (value is null || !value.IsNumeric)
        {
            return ExpressionErrors.Throw<int>(typeCode, $"$range requires a numeric {role} value, found value of type: {ExpressionTypeNames.NameOf(value)}");
        }

        return Numeric.TryGetInt32(value, out var result)
            ? result
            : ExpressionErrors.Throw<int>(rangeCode, $"$range requires a {role} value that can be represented as a 32-bit integer, found value: {value}");
    }

    private static AggregationExpression ParseZip(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(34460, $"$zip only supports an object as an argument, found {ExpressionTypeNames.NameOf(operand)}");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_zipArguments, 34460, 34464);
        if (!named.TryGetValue("inputs", out var inputsValue))
        {
            ExpressionErrors.Throw(34465, "$zip requires at least one input array");
        }

        if (inputsValue is not BsonArray inputsArray)
        {
            return ExpressionErrors.Throw<AggregationExpression>(34461, $"inputs must be an array of expressions, found {ExpressionTypeNames.NameOf(inputsValue)}");
        }

        if (inputsArray.Count == 0)
        {
            ExpressionErrors.Throw(34465, "$zip requires at least one input array");
        }

        var useLongest = false;
        if (named.TryGetValue("useLongestLength", out var longest))
        {
            if (longest is not BsonBoolean flag)
            {
                return ExpressionErrors.Throw<AggregationExpression>(34463, $"useLongestLength must be a bool, found {ExpressionTypeNames.NameOf(longest)}");
            }

            useLongest = flag.Value;
        }

        AggregationExpression[]? defaults = null;
        if (named.TryGetValue("defaults", out var defaultsValue))
        {
            if (defaultsValue is not BsonArray defaultsArray)
            {
                return ExpressionErrors.Throw<AggregationExpression>(34462, $"defaults must be an array of expressions, found {ExpressionTypeNames.NameOf(defaultsValue)}");
            }

            if (!useLongest)
            {
                ExpressionErrors.Throw(34466, "cannot specify defaults unless useLongestLength is true");
            }

            if (defaultsArray.Count != inputsArray.Count)
            {
                ExpressionErrors.Throw(34467, "defaults and inputs must have the same length");
            }

            defaults = ExpressionArguments.ParseList(defaultsArray, context);
        }

        var inputs = ExpressionArguments.ParseList(inputsArray, context);
        return new LazyExpression(inputs, (args, ctx) =>
        {
            var arrays = new BsonArray[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                var value = args[i].Evaluate(ctx);
                if (ExpressionValues.IsNullish(value))
                {
                    return BsonNull.Value;
                }

                arrays[i] = value as BsonArray ?? ExpressionErrors.Throw<BsonArray>(34468, $"$zip found a non-array expression in input: {value}");
            }

            var length = useLongest ? arrays.Max(static a => a.Count) : arrays.Min(static a => a.Count);
            var defaultValues = defaults?.Select(d => d.Evaluate(ctx) ?? BsonNull.Value).ToArray();
            var result = new BsonArray(length);
            for (var row = 0; row < length; row++)
            {
                var tuple = new BsonArray(arrays.Length);
                for (var column = 0; column < arrays.Length; column++)
                {
                    tuple.Add(row < arrays[column].Count ? arrays[column][row] : defaultValues?[column] ?? BsonNull.Value);
                }

                result.Add(tuple);
            }

            return result;
        });
    }

    private static AggregationExpression ParseSortArray(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(2942500, $"$sortArray requires an object as an argument, found: {ExpressionTypeNames.NameOf(operand)}");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_sortArrayArguments, 2942500, 2942501);
        var input = ExpressionArguments.Required(named, "input", context, 2942502, "$sortArray requires 'input' to be specified");
        if (!named.TryGetValue("sortBy", out var sortBy))
        {
            ExpressionErrors.Throw(2942503, "$sortArray requires 'sortBy' to be specified");
        }

        var comparer = ValueSortComparer.Parse(sortBy, "$sortArray");
        return new LazyExpression([input], (args, ctx) =>
        {
            var value = args[0].Evaluate(ctx);
            if (ExpressionValues.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is not BsonArray array)
            {
                return ExpressionErrors.Throw<BsonValue>(2942504, $"The input argument to $sortArray must be an array, but was of type: {ExpressionTypeNames.NameOf(value)}");
            }

            return new BsonArray(array.OrderBy(static v => v, comparer));
        });
    }

    private static AggregationExpression ParseN(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(5787801, $"specification must be an object; found {ExpressionTypeNames.NameOf(operand)}");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_nArguments, 5787801, 5787901);
        var input = ExpressionArguments.Required(named, "input", context, 5787907, $"Missing value for 'input' in {name}");
        var n = ExpressionArguments.Required(named, "n", context, 5787906, $"Missing value for 'n' in {name}");
        return FunctionExpression.Create(name, [input, n], (args, _) =>
        {
            var count = ReadN(name, args[1]);
            if (args[0] is not BsonArray array)
            {
                return ExpressionErrors.Throw<BsonValue>(5788200, $"Input must be an array, found {ExpressionTypeNames.NameOf(args[0])}");
            }

            IEnumerable<BsonValue> selected = name switch
            {
                "$firstN" => array.Take((int)Math.Min(count, int.MaxValue)),
                "$lastN" => array.Skip(Math.Max(0, array.Count - (int)Math.Min(count, int.MaxValue))),
                "$maxN" => array.Where(static v => !ExpressionValues.IsNullish(v)).OrderByDescending(static v => v, Comparer<BsonValue>.Create(static (a, b) => ExpressionValues.Compare(a, b))).Take((int)Math.Min(count, int.MaxValue)),
                _ => array.Where(static v => !ExpressionValues.IsNullish(v)).OrderBy(static v => v, Comparer<BsonValue>.Create(static (a, b) => ExpressionValues.Compare(a, b))).Take((int)Math.Min(count, int.MaxValue)),
            };
            return new BsonArray(selected);
        });
    }

    /// <summary>Validates the <c>n</c> of the N-operators: a positive integer.</summary>
    /// <param name="name">The operator name.</param>
    /// <param name="value">The evaluated n.</param>
    /// <returns>n.</returns>
    internal static long ReadN(string name, BsonValue? value)
    {
        if (!Numeric.TryGetInt64(value, out var count))
        {
            return ExpressionErrors.Throw<long>(5787902, $"Value for 'n' must be of integral type, but found {ExpressionErrors.Describe(value)}");
        }

        if (count <= 0)
        {
            ExpressionErrors.Throw(5787908, $"'n' must be greater than 0, found {count}");
        }

        return count;
    }
}
