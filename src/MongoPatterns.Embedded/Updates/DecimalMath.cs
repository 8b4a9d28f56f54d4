using System.Numerics;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Updates;

/// <summary>
/// IEEE 754-2008 decimal128 addition and multiplication (round half to even, 34 digits), for <c>$inc</c> and
/// <c>$mul</c> on Decimal128 values.
/// </summary>
internal static class DecimalMath
{
    private const int MaxDigits = 34;
    private const int MinExponent = -6176;
    private const int MaxExponent = 6111;
    private static readonly BigInteger s_maxCoefficient = BigInteger.Pow(10, MaxDigits);

    /// <summary>Adds two decimals.</summary>
    /// <param name="x">The first operand.</param>
    /// <param name="y">The second operand.</param>
    /// <returns>The rounded sum.</returns>
    public static Decimal128 Add(Decimal128 x, Decimal128 y)
    {
        if (x.IsNaN || y.IsNaN)
        {
            return Decimal128.NaN;
        }

        if (x.IsInfinity || y.IsInfinity)
        {
            if (x.IsInfinity && y.IsInfinity && x.IsNegative != y.IsNegative)
            {
                return Decimal128.NaN;
            }

            return x.IsInfinity ? x : y;
        }

        var (xValue, xExponent) = Decompose(x);
        var (yValue, yExponent) = Decompose(y);
        var exponent = Math.Min(xExponent, yExponent);
        var sum = (xValue * BigInteger.Pow(10, xExponent - exponent)) + (yValue * BigInteger.Pow(10, yExponent - exponent));
        if (sum.IsZero)
        {
            return Decimal128.Create(x.IsNegative && y.IsNegative, UInt128.Zero, Math.Clamp(exponent, MinExponent, MaxExponent));
        }

        return Round(sum, exponent);
    }

    /// <summary>Multiplies two decimals.</summary>
    /// <param name="x">The first operand.</param>
    /// <param name="y">The second operand.</param>
    /// <returns>The rounded product.</returns>
    public static Decimal128 Multiply(Decimal128 x, Decimal128 y)
    {
        if (x.IsNaN || y.IsNaN)
        {
            return Decimal128.NaN;
        }

        var negative = x.IsNegative != y.IsNegative;
        if (x.IsInfinity || y.IsInfinity)
        {
            if (x.IsZero || y.IsZero)
            {
                return Decimal128.NaN;
            }

            return negative ? Decimal128.NegativeInfinity : Decimal128.PositiveInfinity;
        }

        var (xValue, xExponent) = Decompose(x);
        var (yValue, yExponent) = Decompose(y);
        var product = xValue * yValue;
        if (product.IsZero)
        {
            return Decimal128.Create(negative, UInt128.Zero, Math.Clamp(xExponent + yExponent, MinExponent, MaxExponent));
        }

        return Round(product, xExponent + yExponent);
    }

    private static (BigInteger Value, int Exponent) Decompose(Decimal128 value)
    {
        var coefficient = (BigInteger)value.GetCoefficient();
        return (value.IsNegative ? -coefficient : coefficient, value.GetExponent());
    }

    private static Decimal128 Round(BigInteger value, int exponent)
    {
        var negative = value.Sign < 0;
        var magnitude = BigInteger.Abs(value);
        while (magnitude >= s_maxCoefficient || exponent < MinExponent)
        {
            var digits = magnitude >= s_maxCoefficient ? CountDigits(magnitude) - MaxDigits : 0;
            var drop = Math.Max(digits, MinExponent - exponent);
            if (drop <= 0)
            {
                break;
            }

            magnitude = DivideRoundHalfEven(magnitude, BigInteger.Pow(10, drop));
            exponent += drop;
        }

        while (exponent > MaxExponent && magnitude * 10 < s_maxCoefficient)
        {
            magnitude *= 10;
            exponent--;
        }

        if (exponent > MaxExponent)
        {
            return negative ? Decimal128.NegativeInfinity : Decimal128.PositiveInfinity;
        }

        return Decimal128.Create(negative, (UInt128)magnitude, exponent);
    }

    private static int CountDigits(BigInteger value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    private static BigInteger DivideRoundHalfEven(BigInteger value, BigInteger divisor)
    {
        var quotient = BigInteger.DivRem(value, divisor, out var remainder);
        var twice = remainder * 2;
        if (twice > divisor || (twice == divisor && !quotient.IsEven))
        {
            quotient += 1;
        }

        return quotient;
    }
}
