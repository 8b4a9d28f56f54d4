using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>
/// MongoDB's numeric arithmetic: results take the widest operand type (int &lt; long &lt; double &lt; decimal); int results
/// that overflow become long, long results that overflow become double. Decimal arithmetic runs in
/// <see cref="decimal"/> (28-29 significant digits); values outside its range fall back to double precision.
/// </summary>
internal static class Numeric
{
    /// <summary>Gets the numeric kind of a numeric value.</summary>
    /// <param name="value">A numeric value.</param>
    /// <returns>The kind.</returns>
    public static NumberKind KindOf(BsonValue value) => value.BsonType switch
    {
        BsonType.Int32 => NumberKind.Int32,
        BsonType.Int64 => NumberKind.Int64,
        BsonType.Double => NumberKind.Double,
        _ => NumberKind.Decimal,
    };

    /// <summary>Gets whether a value is a number (int, long, double or decimal).</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is numeric.</returns>
    public static bool IsNumber(BsonValue? value) => value is not null && value.IsNumeric;

    /// <summary>Wraps a long as int when it fits, else as long.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The BSON value.</returns>
    public static BsonValue IntOrLong(long value) => value is >= int.MinValue and <= int.MaxValue ? BsonInt32.Create((int)value) : BsonInt64.Create(value);

    /// <summary>Wraps a decimal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The BSON value.</returns>
    public static BsonValue FromDecimal(decimal value) => new BsonDecimal128(new Decimal128(value));

    /// <summary>Wraps a double as a Decimal128 (15 significant digits, like MongoDB's conversion).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The BSON value.</returns>
    public static BsonValue DecimalFromDouble(double value) => new BsonDecimal128(new Decimal128(value));

    /// <summary>Converts a numeric value to <see cref="decimal"/> when it is finite and in range.</summary>
    /// <param name="value">The value.</param>
    /// <param name="result">The decimal.</param>
    /// <returns>Whether the conversion is exact enough to compute in decimal.</returns>
    public static bool TryToDecimal(BsonValue value, out decimal result)
    {
        switch (value)
        {
            case BsonInt32 int32:
                result = int32.Value;
                return true;
            case BsonInt64 int64:
                result = int64.Value;
                return true;
            case BsonDouble number:
                if (double.IsFinite(number.Value) && Math.Abs(number.Value) < 7.9e28)
                {
                    result = (decimal)number.Value;
                    return true;
                }

                break;
            case BsonDecimal128 dec:
                if (dec.Value.IsFinite)
                {
                    try
                    {
                        result = dec.Value.ToDecimal();
                        return true;
                    }
                    catch (OverflowException)
                    {
                        // Outside System.Decimal's range: the caller falls back to double.
                    }
                }

                break;
        }

        result = 0;
        return false;
    }

    /// <summary>Converts a numeric value to double.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The double.</returns>
    public static double ToDouble(BsonValue value) => value.ToDouble();

    /// <summary>Gets whether a numeric value is zero.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is zero.</returns>
    public static bool IsZero(BsonValue value) => value switch
    {
        BsonInt32 int32 => int32.Value == 0,
        BsonInt64 int64 => int64.Value == 0,
        BsonDouble number => number.Value == 0,
        BsonDecimal128 dec => dec.Value.IsZero,
        _ => false,
    };

    /// <summary>Gets whether a numeric value is negative (NaN is not).</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is below zero.</returns>
    public static bool IsNegative(BsonValue value) => value switch
    {
        BsonInt32 int32 => int32.Value < 0,
        BsonInt64 int64 => int64.Value < 0,
        BsonDouble number => number.Value < 0,
        BsonDecimal128 dec => dec.Value.IsNegative && !dec.Value.IsZero && !dec.Value.IsNaN,
        _ => false,
    };

    /// <summary>Gets whether a numeric value is NaN.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is NaN.</returns>
    public static bool IsNaN(BsonValue value) => value switch
    {
        BsonDouble number => double.IsNaN(number.Value),
        BsonDecimal128 dec => dec.Value.IsNaN,
        _ => false,
    };

    /// <summary>Gets the value as a long when it is integral and within the long range.</summary>
    /// <param name="value">A value.</param>
    /// <param name="result">The long.</param>
    /// <returns>Whether the value is an exactly representable integer.</returns>
    public static bool TryGetInt64(BsonValue? value, out long result)
    {
        switch (value)
        {
            case BsonInt32 int32:
                result = int32.Value;
                return true;
            case BsonInt64 int64:
                result = int64.Value;
                return true;
            case BsonDouble number:
                if (double.IsFinite(number.Value) && Math.Floor(number.Value) == number.Value && number.Value >= -9.2233720368547758E18 && number.Value < 9.2233720368547758E18)
                {
                    result = (long)number.Value;
                    return true;
                }

                break;
            case BsonDecimal128 dec:
                if (TryToDecimal(dec, out var d) && decimal.Truncate(d) == d && d >= long.MinValue && d <= long.MaxValue)
                {
                    result = (long)d;
                    return true;
                }

                break;
        }

        result = 0;
        return false;
    }

    /// <summary>Gets the value as an int when it is integral and within the int range.</summary>
    /// <param name="value">A value.</param>
    /// <param name="result">The int.</param>
    /// <returns>Whether the value is an exactly representable 32-bit integer.</returns>
    public static bool TryGetInt32(BsonValue? value, out int result)
    {
        if (TryGetInt64(value, out var wide) && wide is >= int.MinValue and <= int.MaxValue)
        {
            result = (int)wide;
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>Adds two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The sum.</returns>
    public static BsonValue Add(BsonValue left, BsonValue right)
    {
        switch (Widest(left, right))
        {
            case NumberKind.Int32:
                return IntOrLong((long)left.AsInt32 + right.AsInt32);
            case NumberKind.Int64:
                var a = left.ToInt64();
                var b = right.ToInt64();
                var sum = unchecked(a + b);
                return ((a ^ sum) & (b ^ sum)) < 0 ? new BsonDouble((double)a + b) : BsonInt64.Create(sum);
            case NumberKind.Double:
                return new BsonDouble(left.ToDouble() + right.ToDouble());
            default:
                return DecimalOperation(left, right, static (x, y) => x + y, static (x, y) => x + y);
        }
    }

    /// <summary>Subtracts two numbers.</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The difference.</returns>
    public static BsonValue Subtract(BsonValue left, BsonValue right)
    {
        switch (Widest(left, right))
        {
            case NumberKind.Int32:
                return IntOrLong((long)left.AsInt32 - right.AsInt32);
            case NumberKind.Int64:
                var a = left.ToInt64();
                var b = right.ToInt64();
                var difference = unchecked(a - b);
                return ((a ^ b) & (a ^ difference)) < 0 ? new BsonDouble((double)a - b) : BsonInt64.Create(difference);
            case NumberKind.Double:
                return new BsonDouble(left.ToDouble() - right.ToDouble());
            default:
                return DecimalOperation(left, right, static (x, y) => x - y, static (x, y) => x - y);
        }
    }

    /// <summary>Multiplies two numbers.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns>The product.</returns>
    public static BsonValue Multiply(BsonValue left, BsonValue right)
    {
        switch (Widest(left, right))
        {
            case NumberKind.Int32:
                return IntOrLong((long)left.AsInt32 * right.AsInt32);
            case NumberKind.Int64:
                var a = left.ToInt64();
                var b = right.ToInt64();
                var high = Math.BigMul(a, b, out var low);
                return (high == 0 && low >= 0) || (high == -1 && low < 0) ? BsonInt64.Create(low) : new BsonDouble((double)a * b);
            case NumberKind.Double:
                return new BsonDouble(left.ToDouble() * right.ToDouble());
            default:
                return DecimalOperation(left, right, static (x, y) => x * y, static (x, y) => x * y);
        }
    }

    /// <summary>Divides two numbers (the caller rejects a zero divisor): double unless a decimal is involved.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient.</returns>
    public static BsonValue Divide(BsonValue left, BsonValue right)
    {
        if (Widest(left, right) == NumberKind.Decimal)
        {
            return DecimalOperation(left, right, static (x, y) => x / y, static (x, y) => x / y);
        }

        return new BsonDouble(left.ToDouble() / right.ToDouble());
    }

    /// <summary>The remainder of a truncated division (sign of the dividend), typed like the widest operand.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor (non-zero).</param>
    /// <returns>The remainder.</returns>
    public static BsonValue Mod(BsonValue left, BsonValue right)
    {
        switch (Widest(left, right))
        {
            case NumberKind.Int32:
                var divisor32 = right.AsInt32;
                return BsonInt32.Create(divisor32 == -1 ? 0 : left.AsInt32 % divisor32);
            case NumberKind.Int64:
                var divisor64 = right.ToInt64();
                return BsonInt64.Create(divisor64 == -1 ? 0 : left.ToInt64() % divisor64);
            case NumberKind.Double:
                return new BsonDouble(left.ToDouble() % right.ToDouble());
            default:
                return DecimalOperation(left, right, static (x, y) => x % y, static (x, y) => x % y);
        }
    }

    /// <summary>Gets the widest kind of two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The widest kind.</returns>
    public static NumberKind Widest(BsonValue left, BsonValue right)
    {
        var a = KindOf(left);
        var b = KindOf(right);
        return a > b ? a : b;
    }

    /// <summary>Runs an operation in decimal, falling back to double for values decimal cannot hold.</summary>
    /// <param name="left">The first operand.</param>
    /// <param name="right">The second operand.</param>
    /// <param name="decimalOperation">The decimal computation.</param>
    /// <param name="doubleOperation">The double fallback.</param>
    /// <returns>A Decimal128 result.</returns>
    public static BsonValue DecimalOperation(BsonValue left, BsonValue right, Func<decimal, decimal, decimal> decimalOperation, Func<double, double, double> doubleOperation)
    {
        if (TryToDecimal(left, out var a) && TryToDecimal(right, out var b))
        {
            try
            {
                return FromDecimal(decimalOperation(a, b));
            }
            catch (OverflowException)
            {
                // Beyond System.Decimal: compute in double below.
            }
        }

        return DecimalFromDouble(doubleOperation(left.ToDouble(), right.ToDouble()));
    }
}
