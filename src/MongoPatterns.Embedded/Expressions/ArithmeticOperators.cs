using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Arithmetic operators: <c>$add</c>, <c>$subtract</c>, <c>$multiply</c>, <c>$divide</c>, <c>$mod</c>, rounding, powers, logarithms and trigonometry.</summary>
internal static class ArithmeticOperators
{
    /// <summary>Registers the operators.</summary>
    /// <param name="table">The operator table.</param>
    public static void Register(OperatorTable table)
    {
        table.Variadic("$add", Add);
        table.Fixed("$subtract", 2, Subtract);
        table.Variadic("$multiply", Multiply);
        table.Fixed("$divide", 2, Divide);
        table.Fixed("$mod", 2, Mod);
        table.Fixed("$abs", 1, (args, _) => Unary("$abs", args[0], Abs));
        table.Fixed("$ceil", 1, (args, _) => Unary("$ceil", args[0], v => RoundToward(v, Math.Ceiling, decimal.Ceiling)));
        table.Fixed("$floor", 1, (args, _) => Unary("$floor", args[0], v => RoundToward(v, Math.Floor, decimal.Floor)));
        table.Ranged("$round", 1, 2, (args, _) => RoundOrTruncate("$round", args, MidpointRounding.ToEven));
        table.Ranged("$trunc", 1, 2, (args, _) => RoundOrTruncate("$trunc", args, MidpointRounding.ToZero));
        table.Fixed("$sqrt", 1, (args, _) => Unary("$sqrt", args[0], Sqrt));
        table.Fixed("$exp", 1, (args, _) => Unary("$exp", args[0], v => DoubleFunction(v, Math.Exp)));
        table.Fixed("$ln", 1, (args, _) => Unary("$ln", args[0], v => Logarithm("$ln", 28766, v, Math.Log)));
        table.Fixed("$log10", 1, (args, _) => Unary("$log10", args[0], v => Logarithm("$log10", 28761, v, Math.Log10)));
        table.Fixed("$log", 2, Log);
        table.Fixed("$pow", 2, Pow);
        RegisterTrigonometry(table);
        RegisterBitwise(table);
    }

    /// <summary>Applies a numeric function: nullish gives null, non-numbers give error 28765.</summary>
    /// <param name="name">The operator name.</param>
    /// <param name="value">The argument.</param>
    /// <param name="function">The computation on a number.</param>
    /// <returns>The result.</returns>
    internal static BsonValue Unary(string name, BsonValue? value, Func<BsonValue, BsonValue> function)
    {
        if (ExpressionValues.IsNullish(value))
        {
            return BsonNull.Value;
        }

        if (!value!.IsNumeric)
        {
            ExpressionErrors.Throw(28765, $"{name} only supports numeric types, not {ExpressionTypeNames.NameOf(value)}");
        }

        return function(value);
    }

    /// <summary>Computes a double function, keeping decimal inputs decimal.</summary>
    /// <param name="value">A number.</param>
    /// <param name="function">The function.</param>
    /// <returns>The result.</returns>
    internal static BsonValue DoubleFunction(BsonValue value, Func<double, double> function)
    {
        var result = function(value.ToDouble());
        return value.IsDecimal128 ? Numeric.DecimalFromDouble(result) : new BsonDouble(result);
    }

    private static BsonValue? Add(ReadOnlySpan<BsonValue?> args, EvaluationContext context)
    {
        var sum = default(NumericSum);
        BsonDateTime? date = null;
        foreach (var arg in args)
        {
            if (ExpressionValues.IsNullish(arg))
            {
                return BsonNull.Value;
            }

            if (arg!.IsNumeric)
            {
                sum.Add(arg);
            }
            else if (arg is BsonDateTime dateTime)
            {
                if (date is not null)
                {
                    ExpressionErrors.Throw(16612, "only one date allowed in an $add expression");
                }

                date = dateTime;
            }
            else
            {
                ExpressionErrors.Throw(16554, $"$add only supports numeric or date types, not {ExpressionTypeNames.NameOf(arg)}");
            }
        }

        if (date is null)
        {
            return sum.Result();
        }

        return new BsonDateTime(date.MillisecondsSinceEpoch + ToMilliseconds(sum.Result()));
    }

    private static BsonValue? Subtract(ReadOnlySpan<BsonValue?> args, EvaluationContext context)
    {
        var left = args[0];
        var right = args[1];
        if (ExpressionValues.IsNullish(left) || ExpressionValues.IsNullish(right))
        {
            return BsonNull.Value;
        }

        if (left!.IsNumeric && right!.IsNumeric)
        {
            return Numeric.Subtract(left, right);
        }

        if (left is BsonDateTime leftDate)
        {
            if (right is BsonDateTime rightDate)
            {
                return BsonInt64.Create(leftDate.MillisecondsSinceEpoch - rightDate.MillisecondsSinceEpoch);
            }

            if (right!.IsNumeric)
            {
                return new BsonDateTime(leftDate.MillisecondsSinceEpoch - ToMilliseconds(right));
            }
        }

        return ExpressionErrors.Throw<BsonValue>(16556, $"cant $subtract a {ExpressionTypeNames.NameOf(right)} from a {ExpressionTypeNames.NameOf(left)}");
    }

    private static BsonValue? Multiply(ReadOnlySpan<BsonValue?> args, EvaluationContext context)
    {
        BsonValue product = BsonInt32.Create(1);
        foreach (var arg in args)
        {
            if (ExpressionValues.IsNullish(arg))
            {
                return BsonNull.Value;
            }

            if (!arg!.IsNumeric)
            {
                ExpressionErrors.Throw(16555, $"$multiply only supports numeric types, not {ExpressionTypeNames.NameOf(arg)}");
            }

            product = Numeric.Multiply(product, arg);
        }

        return product;
    }

    private static BsonValue? Divide(ReadOnlySpan<BsonValue?> args, EvaluationContext context)
    {
        var left = args[0];
        var right = args[1];
        if (ExpressionValues.IsNullish(left) || ExpressionValues.IsNullish(right))
        {
            return BsonNull.Value;
        }

        if (!left!.IsNumeric || !right!.IsNumeric)
        {
            return ExpressionErrors.Throw<BsonValue>(16609, $"$divide only supports numeric types, not {ExpressionTypeNames.NameOf(left)} and {ExpressionTypeNames.NameOf(right)}");
        }

        if (Numeric.IsZero(right))
        {
            ExpressionErrors.Throw(16608, "can't $divide by zero");
        }

        return Numeric.Divide(left, right);
    }

    private static BsonValue? Mod(ReadOnlySpan<BsonValue?> args, EvaluationContext context)
    {
        var left = args[0];
        var right = args[1];
        if (ExpressionValues.IsNullish(left) || ExpressionValues.IsNullish(right))
        {
            return BsonNull.Value;
        }

        if (!left!.IsNumeric || !right!.IsNumeric)
        {
            return ExpressionErrors.Throw<BsonValue>(16611, $"$mod only supports numeric types, not {ExpressionTypeNames.NameOf(left)} and {ExpressionTypeNames.NameOf(right)}");
        }

        if (Numeric.IsZero(right))
        {
            ExpressionErrors.Throw(16610, "can't $mod by zero");
        }

        return Numeric.Mod(left, right);
    }

    private static BsonValue Abs(BsonValue value) => value switch
    {
        BsonInt32 int32 => int32.Value == int.MinValue ? BsonInt64.Create(-(long)int.MinValue) : BsonInt32.Create(Math.Abs(int32.Value)),
        BsonInt64 int64 => int64.Value == long.MinValue
            ? ExpressionErrors.Throw<BsonValue>(28680, "can't take $abs of long long min")
            : BsonInt64.Create(Math.Abs(int64.Value)),
        BsonDouble number => new BsonDouble(Math.Abs(number.Value)),
        _ => new BsonDecimal128(Decimal128.Abs(value.AsDecimal128)),
    };

    private static BsonValue RoundToward(BsonValue value, Func<double, double> doubleFunction, Func<decimal, decimal> decimalFunction)
    {
        switch (value)
        {
            case BsonInt32 or BsonInt64:
                return value;
            case BsonDouble number:
                return new BsonDouble(doubleFunction(number.Value));
            default:
                return Numeric.TryToDecimal(value, out var dec) ? Numeric.FromDecimal(decimalFunction(dec)) : value;
        }
    }

    private static BsonValue? RoundOrTruncate(string name, ReadOnlySpan<BsonValue?> args, MidpointRounding mode)
    {
        var value = args[0];
        var place = 0L;
        if (args.Length > 1)
        {
            var placeValue = args[1];
            if (ExpressionValues.IsNullish(placeValue))
            {
                return BsonNull.Value;
            }

            if (!placeValue!.IsNumeric)
            {
                ExpressionErrors.Throw(51081, $"{name} only supports numeric types, not {ExpressionTypeNames.NameOf(placeValue)}");
            }

            if (!Numeric.TryGetInt64(placeValue, out place))
            {
                ExpressionErrors.Throw(51082, $"precision argument to {name} must be a integral value");
            }

            if (place is < -20 or > 100)
            {
                ExpressionErrors.Throw(51083, $"cannot apply {name} with precision value {place} value must be in [-20, 100]");
            }
        }

        return Unary(name, value, v => RoundNumber(v, (int)place, mode));
    }

    private static BsonValue RoundNumber(BsonValue value, int place, MidpointRounding mode)
    {
        if (value is BsonInt32 or BsonInt64)
        {
            if (place >= 0)
            {
                return value;
            }

            var rounded = RoundDecimal(value.ToInt64(), place, mode);
            if (rounded is > long.MaxValue or < long.MinValue)
            {
                return new BsonDouble((double)rounded);
            }

            return value is BsonInt32 && rounded is >= int.MinValue and <= int.MaxValue ? BsonInt32.Create((int)rounded) : BsonInt64.Create((long)rounded);
        }

        if (value is BsonDouble number)
        {
            if (!double.IsFinite(number.Value) || place > 15)
            {
                return value;
            }

            if (Math.Abs(number.Value) < 7.9e27)
            {
                return new BsonDouble((double)RoundDecimal((decimal)number.Value, place, mode));
            }

            var factor = Math.Pow(10, place);
            return new BsonDouble(Math.Round(number.Value * factor, mode) / factor);
        }

        if (Numeric.TryToDecimal(value, out var dec) && place <= 28)
        {
            return Numeric.FromDecimal(RoundDecimal(dec, place, mode));
        }

        return value;
    }

    private static decimal RoundDecimal(decimal value, int place, MidpointRounding mode)
    {
        if (place >= 0)
        {
            return Math.Round(value, place, mode);
        }

        var factor = 1m;
        for (var i = 0; i < -place && i < 28; i++)
        {
            factor *= 10;
        }

        if (-place > 28)
        {
            return 0;
        }

        return Math.Round(value / factor, 0, mode) * factor;
    }

    private static BsonValue Sqrt(BsonValue value)
    {
        if (Numeric.IsNegative(value))
        {
            ExpressionErrors.Throw(28714, "$sqrt's argument must be greater than or equal to 0");
        }

        return DoubleFunction(value, Math.Sqrt);
    }

    private static BsonValue Logarithm(string name, int code, BsonValue value, Func<double, double> function)
    {
        if (!Numeric.IsNaN(value) && (Numeric.IsNegative(value) || Numeric.IsZero(value)))
        {
            ExpressionErrors.Throw(code, $"{name}'s argument must be a positive number, but is {value}");
        }

        return DoubleFunction(value, function);
    }

    private static BsonValue? Log(ReadOnlySpan<BsonValue?> args, EvaluationContext context)
    {
        var value = args[0];
        var logBase = args[1];
        if (ExpressionValues.IsNullish(value) || ExpressionValues.IsNullish(logBase))
        {
            return BsonNull.Value;
        }

        if (!value!.IsNumeric)
        {
            ExpressionErrors.Throw(28756, $"$log's argument must be numeric, not {ExpressionTypeNames.NameOf(value)}");
        }

        if (!logBase!.IsNumeric)
        {
            ExpressionErrors.Throw(28757, $"$log's base must be numeric, not {ExpressionTypeNames.NameOf(logBase)}");
        }

        var x = value.ToDouble();
        var b = logBase.ToDouble();
        if (!double.IsNaN(x) && x <= 0)
        {
            ExpressionErrors.Throw(28758, $"$log's argument must be a positive number, but is {value}");
        }

        if (!double.IsNaN(b) && (b <= 0 || b == 1))
        {
            ExpressionErrors.Throw(28759, $"$log's base must be a positive number not equal to 1, but is {logBase}");
        }

        var result = Math.Log(x) / Math.Log(b);
        return value.IsDecimal128 || logBase.IsDecimal128 ? Numeric.DecimalFromDouble(result) : new BsonDouble(result);
    }

    private static BsonValue? Pow(ReadOnlySpan<BsonValue?> args, EvaluationContext context)
    {
        var baseValue = args[0];
        var exponent = args[1];
        if (ExpressionValues.IsNullish(baseValue) || ExpressionValues.IsNullish(exponent))
        {
            return BsonNull.Value;
        }

        if (!baseValue!.IsNumeric)
        {
            ExpressionErrors.Throw(28762, $"$pow's base must be numeric, not {ExpressionTypeNames.NameOf(baseValue)}");
        }

        if (!exponent!.IsNumeric)
        {
            ExpressionErrors.Throw(28763, $"$pow's exponent must be numeric, not {ExpressionTypeNames.NameOf(exponent)}");
        }

        if (Numeric.IsZero(baseValue) && Numeric.IsNegative(exponent))
        {
            ExpressionErrors.Throw(28764, "$pow cannot take a base of 0 and a negative exponent");
        }

        var widest = Numeric.Widest(baseValue, exponent);
        if (widest == NumberKind.Decimal)
        {
            return Numeric.DecimalFromDouble(Math.Pow(baseValue.ToDouble(), exponent.ToDouble()));
        }

        if (widest == NumberKind.Double)
        {
            return new BsonDouble(Math.Pow(baseValue.ToDouble(), exponent.ToDouble()));
        }

        var b = baseValue.ToInt64();
        var e = exponent.ToInt64();
        if (e < 0)
        {
            if (b == 1)
            {
                return baseValue;
            }

            if (b == -1)
            {
                var sign = (e & 1) == 0 ? 1 : -1;
                return widest == NumberKind.Int32 ? BsonInt32.Create(sign) : BsonInt64.Create(sign);
            }

            return new BsonDouble(Math.Pow(b, e));
        }

        if (TryIntegerPower(b, e, out var power))
        {
            return widest == NumberKind.Int32 ? Numeric.IntOrLong(power) : BsonInt64.Create(power);
        }

        return new BsonDouble(Math.Pow(b, e));
    }

    private static bool TryIntegerPower(long baseValue, long exponent, out long result)
    {
        result = 1;
        var factor = baseValue;
        var remaining = exponent;
        try
        {
            while (remaining > 0)
            {
                if ((remaining & 1) == 1)
                {
                    result = checked(result * factor);
                }

                remaining >>= 1;
                if (remaining > 0)
                {
                    factor = checked(factor * factor);
                }
            }

            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static long ToMilliseconds(BsonValue number) => number switch
    {
        BsonInt32 or BsonInt64 => number.ToInt64(),
        _ => (long)Math.Round(number.ToDouble(), MidpointRounding.AwayFromZero),
    };

    private static void RegisterTrigonometry(OperatorTable table)
    {
        Trig(table, "$sin", Math.Sin, double.NegativeInfinity, double.PositiveInfinity, false);
        Trig(table, "$cos", Math.Cos, double.NegativeInfinity, double.PositiveInfinity, false);
        Trig(table, "$tan", Math.Tan, double.NegativeInfinity, double.PositiveInfinity, false);
        Trig(table, "$asin", Math.Asin, -1, 1, true);
        Trig(table, "$acos", Math.Acos, -1, 1, true);
        Trig(table, "$atan", Math.Atan, double.NegativeInfinity, double.PositiveInfinity, true);
        Trig(table, "$sinh", Math.Sinh, double.NegativeInfinity, double.PositiveInfinity, true);
        Trig(table, "$cosh", Math.Cosh, double.NegativeInfinity, double.PositiveInfinity, true);
        Trig(table, "$tanh", Math.Tanh, double.NegativeInfinity, double.PositiveInfinity, true);
        Trig(table, "$asinh", Math.Asinh, double.NegativeInfinity, double.PositiveInfinity, true);
        Trig(table, "$acosh", Math.Acosh, 1, double.PositiveInfinity, true);
        Trig(table, "$atanh", Math.Atanh, -1, 1, true);
        Trig(table, "$degreesToRadians", static d => d * Math.PI / 180, double.NegativeInfinity, double.PositiveInfinity, true);
        Trig(table, "$radiansToDegrees", static r => r * 180 / Math.PI, double.NegativeInfinity, double.PositiveInfinity, true);
        table.Fixed("$atan2", 2, static (args, _) =>
        {
            if (ExpressionValues.IsNullish(args[0]) || ExpressionValues.IsNullish(args[1]))
            {
                return BsonNull.Value;
            }

            if (!args[0]!.IsNumeric || !args[1]!.IsNumeric)
            {
                ExpressionErrors.Throw(51044, $"$atan2 only supports numeric types, not {ExpressionTypeNames.NameOf(args[0])} and {ExpressionTypeNames.NameOf(args[1])}");
            }

            var result = Math.Atan2(args[0]!.ToDouble(), args[1]!.ToDouble());
            return args[0]!.IsDecimal128 || args[1]!.IsDecimal128 ? Numeric.DecimalFromDouble(result) : new BsonDouble(result);
        });
    }

    private static void RegisterBitwise(OperatorTable table)
    {
        Bitwise(table, "$bitAnd", static (a, b) => a & b, -1);
        Bitwise(table, "$bitOr", static (a, b) => a | b, 0);
        Bitwise(table, "$bitXor", static (a, b) => a ^ b, 0);
        table.Fixed("$bitNot", 1, static (args, _) => args[0] switch
        {
            null or BsonNull or BsonUndefined => BsonNull.Value,
            BsonInt32 int32 => BsonInt32.Create(~int32.Value),
            BsonInt64 int64 => BsonInt64.Create(~int64.Value),
            _ => ExpressionErrors.Throw<BsonValue>(ErrorCodes.TypeMismatch, $"$bitNot only supports int and long, not: {ExpressionTypeNames.NameOf(args[0])}."),
        });
    }

    private static void Bitwise(OperatorTable table, string name, Func<long, long, long> operation, long identity)
    {
        table.Variadic(name, (args, _) =>
        {
            var result = identity;
            var isLong = false;
            foreach (var arg in args)
            {
                switch (arg)
                {
                    case null or BsonNull or BsonUndefined:
                        return BsonNull.Value;
                    case BsonInt32 int32:
                        result = operation(result, int32.Value);
                        break;
                    case BsonInt64 int64:
                        result = operation(result, int64.Value);
                        isLong = true;
                        break;
                    default:
                        return ExpressionErrors.Throw<BsonValue>(ErrorCodes.TypeMismatch, $"{name} only supports int and long operands.");
                }
            }

            return isLong ? BsonInt64.Create(result) : BsonInt32.Create((int)result);
        });
    }

    private static void Trig(OperatorTable table, string name, Func<double, double> function, double min, double max, bool infinitiesAllowed)
    {
        table.Fixed(name, 1, (args, _) => Unary(name, args[0], value =>
        {
            var x = value.ToDouble();
            if (!double.IsNaN(x) && (x < min || x > max || (!infinitiesAllowed && double.IsInfinity(x))))
            {
                var range = double.IsNegativeInfinity(min) ? "(-inf,inf)" : $"[{min},{(double.IsPositiveInfinity(max) ? "inf" : max.ToString(System.Globalization.CultureInfo.InvariantCulture))}]";
                ExpressionErrors.Throw(50989, $"cannot apply {name} to {value}, value must in {range}");
            }

            return DoubleFunction(value, function);
        }));
    }
}
