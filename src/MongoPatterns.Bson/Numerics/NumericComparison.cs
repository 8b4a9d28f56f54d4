using System.Numerics;

namespace MongoPatterns.Bson.Numerics;

/// <summary>
/// Exact numeric comparison and hashing across Int32, Int64, Double and Decimal128, as MongoDB compares numbers:
/// by value, NaN equal to NaN and below every other number, -0 equal to 0.
/// </summary>
internal static class NumericComparison
{
    private const double TwoToThe63 = 9223372036854775808.0;
    private const int NaNHash = 0x7FF8_0001;

    /// <summary>Compares two numeric values (each Int32, Int64, Double or Decimal128).</summary>
    public static int Compare(BsonValue x, BsonValue y)
    {
        switch (x)
        {
            case BsonInt32 int32:
                return CompareWithInt64(int32.Value, y);
            case BsonInt64 int64:
                return CompareWithInt64(int64.Value, y);
            case BsonDouble number:
                return y switch
                {
                    BsonDouble other => CompareDoubles(number.Value, other.Value),
                    BsonInt32 other => -CompareInt64ToDouble(other.Value, number.Value),
                    BsonInt64 other => -CompareInt64ToDouble(other.Value, number.Value),
                    _ => CompareExact(ExactNumber.FromDouble(number.Value), ExactNumber.From(y)),
                };
            default:
                return CompareDecimal(((BsonDecimal128)x).Value, y);
        }
    }

    /// <summary>A hash code equal for all numerically equal values, whatever their BSON numeric type.</summary>
    /// <remarks>
    /// Integral values within the Int64 range hash as that Int64; other values exactly representable as a double hash
    /// as that double; the remaining decimals (never equal to any Int64 or double) hash by their normalized
    /// coefficient and exponent. All NaNs share one hash.
    /// </remarks>
    public static int GetHashCode(BsonValue value) => value switch
    {
        BsonInt32 int32 => HashInt64(int32.Value),
        BsonInt64 int64 => HashInt64(int64.Value),
        BsonDouble number => HashDouble(number.Value),
        _ => HashDecimal(((BsonDecimal128)value).Value),
    };

    public static int CompareDoubles(double x, double y)
    {
        if (x < y)
        {
            return -1;
        }

        if (x > y)
        {
            return 1;
        }

        if (x == y)
        {
            return 0;
        }

        // At least one NaN: NaN equals NaN and sorts below every number.
        return double.IsNaN(x) ? (double.IsNaN(y) ? 0 : -1) : 1;
    }

    /// <summary>Compares an Int64 with a double exactly (no rounding of the integer).</summary>
    public static int CompareInt64ToDouble(long x, double y)
    {
        if (double.IsNaN(y))
        {
            return 1;
        }

        if (y >= TwoToThe63)
        {
            return -1;
        }

        if (y < -TwoToThe63)
        {
            return 1;
        }

        // |y| < 2^63 here, so truncation fits a long and y - truncated is exact.
        var truncated = (long)y;
        if (x != truncated)
        {
            return x < truncated ? -1 : 1;
        }

        var fraction = y - truncated;
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }

    private static int CompareWithInt64(long x, BsonValue y) => y switch
    {
        BsonInt32 other => x.CompareTo(other.Value),
        BsonInt64 other => x.CompareTo(other.Value),
        BsonDouble other => CompareInt64ToDouble(x, other.Value),
        _ => CompareExact(ExactNumber.FromInt64(x), ExactNumber.From(y)),
    };

    private static int CompareDecimal(Decimal128 x, BsonValue y)
    {
        var left = BidDecimal.Decode(x);
        if (y is BsonDecimal128 other)
        {
            var right = BidDecimal.Decode(other.Value);
            if (left.Kind == BidKind.Finite && right.Kind == BidKind.Finite && left.Exponent == right.Exponent
                && left.IsNegative == right.IsNegative && !left.IsZero && !right.IsZero)
            {
                var magnitude = left.Coefficient.CompareTo(right.Coefficient);
                return left.IsNegative ? -magnitude : magnitude;
            }

            return CompareExact(ExactNumber.FromDecimal(left), ExactNumber.FromDecimal(right));
        }

        return CompareExact(ExactNumber.FromDecimal(left), ExactNumber.From(y));
    }

    private static int CompareExact(ExactNumber x, ExactNumber y)
    {
        if (x.Rank != y.Rank)
        {
            return x.Rank < y.Rank ? -1 : 1;
        }

        if (x.Rank != ExactNumber.FiniteRank)
        {
            return 0;
        }

        if (x.Sign != y.Sign)
        {
            return x.Sign < y.Sign ? -1 : 1;
        }

        if (x.Sign == 0)
        {
            return 0;
        }

        var magnitude = CompareMagnitudes(x.Magnitude, x.Exponent, y.Magnitude, y.Exponent);
        return x.Sign < 0 ? -magnitude : magnitude;
    }

    private static int CompareMagnitudes(BigInteger x, int xExponent, BigInteger y, int yExponent)
    {
        // Estimate each value's order of magnitude (log10) to avoid huge powers of ten when the answer is obvious.
        const double Log10Of2 = 0.30102999566398120;
        var xOrder = ((x.GetBitLength() - 1) * Log10Of2) + xExponent;
        var yOrder = ((y.GetBitLength() - 1) * Log10Of2) + yExponent;
        if (xOrder > yOrder + 2)
        {
            return 1;
        }

        if (yOrder > xOrder + 2)
        {
            return -1;
        }

        if (xExponent > yExponent)
        {
            x *= BigInteger.Pow(10, xExponent - yExponent);
        }
        else if (yExponent > xExponent)
        {
            y *= BigInteger.Pow(10, yExponent - xExponent);
        }

        return x.CompareTo(y);
    }

    private static int HashInt64(long value) => value.GetHashCode();

    private static int HashDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return NaNHash;
        }

        if (value >= -TwoToThe63 && value < TwoToThe63 && Math.Floor(value) == value)
        {
            return HashInt64((long)value);
        }

        return value.GetHashCode();
    }

    private static int HashDecimal(Decimal128 value)
    {
        var parts = BidDecimal.Decode(value);
        switch (parts.Kind)
        {
            case BidKind.NaN:
                return NaNHash;
            case BidKind.Infinity:
                return HashDouble(parts.IsNegative ? double.NegativeInfinity : double.PositiveInfinity);
        }

        if (parts.IsZero)
        {
            return HashInt64(0);
        }

        // Normalize: strip trailing zeros so that 1.0 and 1.00 (and 1E+1 and 10) have one representation.
        var coefficient = parts.Coefficient;
        var exponent = parts.Exponent;
        while (coefficient % 10 == UInt128.Zero)
        {
            coefficient /= 10;
            exponent++;
        }

        if (exponent >= 0 && exponent <= 18)
        {
            var integer = (BigInteger)coefficient * BigInteger.Pow(10, exponent);
            if (parts.IsNegative)
            {
                integer = -integer;
            }

            if (integer >= long.MinValue && integer <= long.MaxValue)
            {
                return HashInt64((long)integer);
            }
        }

        var nearest = parts.ToDouble();
        if (!double.IsInfinity(nearest) && nearest != 0
            && CompareExact(ExactNumber.FromDecimal(parts), ExactNumber.FromDouble(nearest)) == 0)
        {
            return HashDouble(nearest);
        }

        return HashCode.Combine(parts.IsNegative, coefficient, exponent);
    }
}
