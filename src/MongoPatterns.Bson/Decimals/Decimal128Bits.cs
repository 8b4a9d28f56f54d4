using System.Numerics;

namespace MongoPatterns.Bson.Decimals;

/// <summary>
/// The IEEE 754-2008 decimal128 binary integer decimal (BID) layout: field masks, limits, powers of ten
/// and the encode/decode steps shared by the parser, formatter, conversions and comparisons.
/// </summary>
/// <remarks>
/// High word layout: bit 63 sign; if bits 62-61 are <c>11</c> the value is special (bits 62-58 <c>11110</c> infinity,
/// <c>11111</c> NaN) or uses the second, always non-canonical coefficient form (exponent in bits 60-47, coefficient
/// at least 2^113, read as zero); otherwise the biased exponent sits in bits 62-49 and the coefficient is the
/// remaining 49 high bits plus the 64 low bits.
/// </remarks>
internal static class Decimal128Bits
{
    /// <summary>The largest number of significant decimal digits a coefficient holds.</summary>
    internal const int MaxDigits = 34;

    /// <summary>The smallest exponent (the exponent of the least significant digit).</summary>
    internal const int MinExponent = -6176;

    /// <summary>The largest exponent (the exponent of the least significant digit).</summary>
    internal const int MaxExponent = 6111;

    /// <summary>The bias added to an exponent before it is stored.</summary>
    internal const int ExponentBias = 6176;

    internal const ulong SignMask = 0x8000_0000_0000_0000UL;
    internal const ulong SpecialMask = 0x6000_0000_0000_0000UL;
    internal const ulong InfinityOrNaNMask = 0x7C00_0000_0000_0000UL;
    internal const ulong InfinityBits = 0x7800_0000_0000_0000UL;
    internal const ulong NaNBits = 0x7C00_0000_0000_0000UL;
    internal const ulong HighCoefficientMask = 0x0001_FFFF_FFFF_FFFFUL;
    internal const int ExponentShift = 49;
    internal const int SecondFormExponentShift = 47;
    internal const ulong ExponentFieldMask = 0x3FFF;

    /// <summary>The largest canonical coefficient, 10^34 - 1.</summary>
    internal static readonly UInt128 MaxCoefficient = new(0x0001_ED09_BEAD_87C0UL, 0x378D_8E63_FFFF_FFFFUL);

    /// <summary>Powers of ten 10^0 .. 10^38 (10^38 is the largest that fits in <see cref="UInt128"/>).</summary>
    private static readonly UInt128[] PowersOfTen = CreatePowersOfTen();

    /// <summary>Gets 10^<paramref name="power"/> for 0 &lt;= power &lt;= 38.</summary>
    internal static UInt128 PowerOfTen(int power) => PowersOfTen[power];

    /// <summary>The largest power of ten that fits in <see cref="UInt128"/>.</summary>
    internal const int MaxPowerOfTen = 38;

    /// <summary>Encodes a finite value whose coefficient and exponent are already in range.</summary>
    internal static Decimal128 Encode(bool negative, UInt128 coefficient, int exponent)
    {
        var high = (ulong)(coefficient >> 64)
                   | ((ulong)(exponent + ExponentBias) << ExponentShift)
                   | (negative ? SignMask : 0UL);
        return new Decimal128(high, (ulong)coefficient);
    }

    /// <summary>Whether the high word encodes NaN (quiet or signaling, any sign or payload).</summary>
    internal static bool IsNaN(ulong high) => (high & InfinityOrNaNMask) == NaNBits;

    /// <summary>Whether the high word encodes an infinity of either sign.</summary>
    internal static bool IsInfinity(ulong high) => (high & InfinityOrNaNMask) == InfinityBits;

    /// <summary>Whether the high word encodes a finite value (anything but NaN and infinity).</summary>
    internal static bool IsFinite(ulong high) => (high & InfinityBits) != InfinityBits;

    /// <summary>Decodes the exponent of a finite value.</summary>
    internal static int GetExponent(ulong high) =>
        (high & SpecialMask) == SpecialMask
            ? (int)((high >> SecondFormExponentShift) & ExponentFieldMask) - ExponentBias
            : (int)((high >> ExponentShift) & ExponentFieldMask) - ExponentBias;

    /// <summary>
    /// Decodes the coefficient of a finite value; non-canonical coefficients (above 10^34 - 1, including every
    /// second-form coefficient) read as zero, as IEEE 754-2008 requires.
    /// </summary>
    internal static UInt128 GetCoefficient(ulong high, ulong low)
    {
        if ((high & SpecialMask) == SpecialMask)
        {
            return UInt128.Zero;
        }

        var coefficient = new UInt128(high & HighCoefficientMask, low);
        return coefficient > MaxCoefficient ? UInt128.Zero : coefficient;
    }

    /// <summary>Counts the decimal digits of <paramref name="value"/> (1 for zero).</summary>
    internal static int CountDigits(UInt128 value)
    {
        if (value == UInt128.Zero)
        {
            return 1;
        }

        var bitLength = 128 - (int)UInt128.LeadingZeroCount(value);
        // floor(bitLength * log10(2)) is either the digit count minus one or the digit count minus two.
        var estimate = (bitLength * 1233) >> 12;
        return value >= PowersOfTen[estimate] ? estimate + 1 : estimate;
    }

    /// <summary>The number of significant bits of <paramref name="value"/> (0 for zero).</summary>
    internal static int BitLength(UInt128 value) => 128 - (int)UInt128.LeadingZeroCount(value);

    /// <summary>Removes trailing decimal zeros: returns the coefficient divided by 10^n and adds n to the exponent.</summary>
    internal static UInt128 StripTrailingZeros(UInt128 coefficient, ref int exponent)
    {
        if (coefficient == UInt128.Zero)
        {
            return coefficient;
        }

        var ten = (UInt128)10;
        while (true)
        {
            var (quotient, remainder) = UInt128.DivRem(coefficient, ten);
            if (remainder != UInt128.Zero)
            {
                return coefficient;
            }

            coefficient = quotient;
            exponent++;
        }
    }

    /// <summary>Converts a <see cref="UInt128"/> to a <see cref="BigInteger"/> without going through strings.</summary>
    internal static BigInteger ToBigInteger(UInt128 value) =>
        ((BigInteger)(ulong)(value >> 64) << 64) | (ulong)value;

    private static UInt128[] CreatePowersOfTen()
    {
        var powers = new UInt128[MaxPowerOfTen + 1];
        var power = UInt128.One;
        for (var i = 0; i < powers.Length; i++)
        {
            powers[i] = power;
            if (i < MaxPowerOfTen)
            {
                power *= 10;
            }
        }

        return powers;
    }
}
