using System.Numerics;

namespace MongoPatterns.Bson.Numerics;

/// <summary>
/// A number in an exact form for cross-type comparison: NaN, an infinity, or sign × magnitude × 10^exponent.
/// Only used on the (rare) paths that involve Decimal128.
/// </summary>
internal readonly struct ExactNumber
{
    public const int NaNRank = 0;
    public const int NegativeInfinityRank = 1;
    public const int FiniteRank = 2;
    public const int PositiveInfinityRank = 3;

    private ExactNumber(int rank, int sign, BigInteger magnitude, int exponent)
    {
        Rank = rank;
        Sign = sign;
        Magnitude = magnitude;
        Exponent = exponent;
    }

    /// <summary>Gets the order of the class: NaN &lt; -infinity &lt; finite &lt; +infinity.</summary>
    public int Rank { get; }

    /// <summary>Gets -1, 0 or 1 for finite values.</summary>
    public int Sign { get; }

    public BigInteger Magnitude { get; }

    public int Exponent { get; }

    public static ExactNumber From(BsonValue numeric) => numeric switch
    {
        BsonInt32 int32 => FromInt64(int32.Value),
        BsonInt64 int64 => FromInt64(int64.Value),
        BsonDouble number => FromDouble(number.Value),
        _ => FromDecimal(BidDecimal.Decode(((BsonDecimal128)numeric).Value)),
    };

    public static ExactNumber FromInt64(long value) =>
        new(FiniteRank, Math.Sign(value), BigInteger.Abs(value), 0);

    public static ExactNumber FromDecimal(BidDecimal value) => value.Kind switch
    {
        BidKind.NaN => new ExactNumber(NaNRank, 0, BigInteger.Zero, 0),
        BidKind.Infinity => new ExactNumber(value.IsNegative ? NegativeInfinityRank : PositiveInfinityRank, 0, BigInteger.Zero, 0),
        _ => value.IsZero
            ? new ExactNumber(FiniteRank, 0, BigInteger.Zero, 0)
            : new ExactNumber(FiniteRank, value.IsNegative ? -1 : 1, value.Coefficient, value.Exponent),
    };

    public static ExactNumber FromDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return new ExactNumber(NaNRank, 0, BigInteger.Zero, 0);
        }

        if (double.IsInfinity(value))
        {
            return new ExactNumber(value < 0 ? NegativeInfinityRank : PositiveInfinityRank, 0, BigInteger.Zero, 0);
        }

        if (value == 0)
        {
            return new ExactNumber(FiniteRank, 0, BigInteger.Zero, 0);
        }

        // value = mantissa × 2^binaryExponent exactly.
        var bits = BitConverter.DoubleToInt64Bits(value);
        var biasedExponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0x000F_FFFF_FFFF_FFFF;
        int binaryExponent;
        if (biasedExponent == 0)
        {
            binaryExponent = -1074;
        }
        else
        {
            mantissa |= 1L << 52;
            binaryExponent = biasedExponent - 1075;
        }

        var trailingZeros = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= trailingZeros;
        binaryExponent += trailingZeros;

        var sign = value < 0 ? -1 : 1;
        if (binaryExponent >= 0)
        {
            return new ExactNumber(FiniteRank, sign, (BigInteger)mantissa << binaryExponent, 0);
        }

        // m × 2^-k = m × 5^k × 10^-k.
        return new ExactNumber(FiniteRank, sign, mantissa * BigInteger.Pow(5, -binaryExponent), binaryExponent);
    }
}
