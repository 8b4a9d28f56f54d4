namespace MongoPatterns.Bson.Numerics;

/// <summary>
/// Exact numeric comparison and hashing across Int32, Int64, Double and Decimal128, as MongoDB compares numbers:
/// by value, NaN equal to NaN and below every other number, -0 equal to 0. Decimal128 operands go through the
/// <see cref="Decimal128"/> comparison API; integers and doubles are compared here without rounding.
/// </summary>
internal static class NumericComparison
{
    private const double TwoToThe63 = 9223372036854775808.0;

    /// <summary>Compares two numeric values (each Int32, Int64, Double or Decimal128).</summary>
    public static int Compare(BsonValue x, BsonValue y) => x switch
    {
        BsonInt32 int32 => CompareInt64With(int32.Value, y),
        BsonInt64 int64 => CompareInt64With(int64.Value, y),
        BsonDouble number => CompareDoubleWith(number.Value, y),
        _ => CompareDecimalWith(((BsonDecimal128)x).Value, y),
    };

    /// <summary>A hash code equal for all numerically equal values, whatever their BSON numeric type.</summary>
    /// <remarks>
    /// Follows <see cref="Decimal128.GetNumericHashCode"/>: a double hashes as itself (its
    /// <see cref="double.GetHashCode()"/> already treats every NaN alike and -0 like 0), an integer as the double
    /// with the same value when there is one and as the <see cref="long"/> otherwise, and a Decimal128 through
    /// <see cref="Decimal128.GetNumericHashCode"/>, which uses the same two rules before falling back to its own.
    /// </remarks>
    public static int GetHashCode(BsonValue value) => value switch
    {
        BsonInt32 int32 => ((double)int32.Value).GetHashCode(),
        BsonInt64 int64 => HashInt64(int64.Value),
        BsonDouble number => number.Value.GetHashCode(),
        _ => ((BsonDecimal128)value).Value.GetNumericHashCode(),
    };

    /// <summary>Compares two doubles in MongoDB's order (NaN equals NaN and sorts first; -0 equals 0).</summary>
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

    private static int CompareInt64With(long x, BsonValue y) => y switch
    {
        BsonInt32 other => x.CompareTo(other.Value),
        BsonInt64 other => x.CompareTo(other.Value),
        BsonDouble other => CompareInt64ToDouble(x, other.Value),
        _ => -Decimal128.Compare(((BsonDecimal128)y).Value, x),
    };

    private static int CompareDoubleWith(double x, BsonValue y) => y switch
    {
        BsonDouble other => CompareDoubles(x, other.Value),
        BsonInt32 other => -CompareInt64ToDouble(other.Value, x),
        BsonInt64 other => -CompareInt64ToDouble(other.Value, x),
        _ => -Decimal128.Compare(((BsonDecimal128)y).Value, x),
    };

    private static int CompareDecimalWith(Decimal128 x, BsonValue y) => y switch
    {
        BsonDecimal128 other => x.CompareTo(other.Value),
        BsonDouble other => Decimal128.Compare(x, other.Value),
        BsonInt32 other => Decimal128.Compare(x, other.Value),
        _ => Decimal128.Compare(x, ((BsonInt64)y).Value),
    };

    /// <summary>The hash of the double with the same value when there is one, else the long's own hash.</summary>
    private static int HashInt64(long value)
    {
        var asDouble = (double)value;
        return asDouble != TwoToThe63 && (long)asDouble == value ? asDouble.GetHashCode() : value.GetHashCode();
    }
}
