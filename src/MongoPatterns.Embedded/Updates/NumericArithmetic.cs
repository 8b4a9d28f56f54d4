using System.Globalization;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Updates;

/// <summary>
/// Arithmetic with MongoDB's type rules for <c>$inc</c>, <c>$mul</c> and <c>$bit</c>: the wider operand type wins
/// (int &lt; long &lt; double &lt; decimal); an int result that overflows becomes a long; a long result that
/// overflows is an error (reported as <see langword="null"/>). Doubles join decimals by their shortest round-trip form.
/// </summary>
internal static class NumericArithmetic
{
    /// <summary>Adds two numbers.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The sum, or <see langword="null"/> when a long overflows.</returns>
    public static BsonValue? Add(BsonValue x, BsonValue y)
    {
        switch (Widest(x, y))
        {
            case BsonType.Decimal128:
                return new BsonDecimal128(DecimalMath.Add(x.ToDecimal128(), y.ToDecimal128()));
            case BsonType.Double:
                return new BsonDouble(x.ToDouble() + y.ToDouble());
            case BsonType.Int64:
                var left = x.ToInt64();
                var right = y.ToInt64();
                var sum = unchecked(left + right);
                return ((left ^ sum) & (right ^ sum)) < 0 ? null : new BsonInt64(sum);
            default:
                var total = (long)x.AsInt32 + y.AsInt32;
                return total is >= int.MinValue and <= int.MaxValue ? new BsonInt32((int)total) : new BsonInt64(total);
        }
    }

    /// <summary>Multiplies two numbers.</summary>
    /// <param name="x">The first number.</param>
    /// <param name="y">The second number.</param>
    /// <returns>The product, or <see langword="null"/> when a long overflows.</returns>
    public static BsonValue? Multiply(BsonValue x, BsonValue y)
    {
        switch (Widest(x, y))
        {
            case BsonType.Decimal128:
                return new BsonDecimal128(DecimalMath.Multiply(x.ToDecimal128(), y.ToDecimal128()));
            case BsonType.Double:
                return new BsonDouble(x.ToDouble() * y.ToDouble());
            case BsonType.Int64:
                var left = x.ToInt64();
                var right = y.ToInt64();
                var high = Math.BigMul(left, right, out var low);
                return (high == 0 && low >= 0) || (high == -1 && low < 0) ? new BsonInt64(low) : null;
            default:
                var product = (long)x.AsInt32 * y.AsInt32;
                return product is >= int.MinValue and <= int.MaxValue ? new BsonInt32((int)product) : new BsonInt64(product);
        }
    }

    /// <summary>Gets zero in the type of a number (what <c>$mul</c> stores in a missing field).</summary>
    /// <param name="number">The number.</param>
    /// <returns>The zero.</returns>
    public static BsonValue ZeroOf(BsonValue number) => number.BsonType switch
    {
        BsonType.Int64 => new BsonInt64(0),
        BsonType.Double => new BsonDouble(0),
        BsonType.Decimal128 => new BsonDecimal128(Decimal128.Zero),
        _ => new BsonInt32(0),
    };

    /// <summary>Formats a number the way MongoDB's SafeNum prints it in errors (<c>(NumberLong)5</c>).</summary>
    /// <param name="number">The number.</param>
    /// <returns>The text.</returns>
    public static string Describe(BsonValue number) => number switch
    {
        BsonInt32 int32 => "(NumberInt)" + int32.Value.ToString(CultureInfo.InvariantCulture),
        BsonInt64 int64 => "(NumberLong)" + int64.Value.ToString(CultureInfo.InvariantCulture),
        BsonDouble real => "(NumberDouble)" + real.Value.ToString("R", CultureInfo.InvariantCulture),
        BsonDecimal128 decimal128 => "(NumberDecimal)" + decimal128.Value.ToString(),
        _ => number.ToString(),
    };

    private static BsonType Widest(BsonValue x, BsonValue y)
    {
        if (x.BsonType == BsonType.Decimal128 || y.BsonType == BsonType.Decimal128)
        {
            return BsonType.Decimal128;
        }

        if (x.BsonType == BsonType.Double || y.BsonType == BsonType.Double)
        {
            return BsonType.Double;
        }

        return x.BsonType == BsonType.Int64 || y.BsonType == BsonType.Int64 ? BsonType.Int64 : BsonType.Int32;
    }
}
