using System.Globalization;

namespace MongoPatterns.Bson.Decimals;

/// <summary>Conversions between <see cref="Decimal128"/> and the .NET numeric types.</summary>
internal static class Decimal128Conversion
{
    /// <summary>System.Decimal's largest scale.</summary>
    private const int MaxDecimalScale = 28;

    /// <summary>System.Decimal's coefficient limit, 2^96.</summary>
    private static readonly UInt128 DecimalCoefficientLimit = UInt128.One << 96;

    /// <summary>Doubles hold every integer up to 2^53 exactly.</summary>
    private static readonly UInt128 ExactDoubleIntegerLimit = UInt128.One << 53;

    /// <summary>Exact powers of ten as doubles (10^22 is the largest that is exact).</summary>
    private static readonly double[] DoublePowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Maps a System.Decimal exactly: its 96-bit coefficient and scale become the coefficient and -exponent.</summary>
    internal static Decimal128 FromDecimal(decimal value)
    {
        Span<int> parts = stackalloc int[4];
        decimal.GetBits(value, parts);
        var coefficient = new UInt128((uint)parts[2], ((ulong)(uint)parts[1] << 32) | (uint)parts[0]);
        var flags = parts[3];
        var scale = (flags >> 16) & 0xFF;
        return Decimal128Bits.Encode(flags < 0, coefficient, -scale);
    }

    /// <summary>
    /// Converts to System.Decimal, rounding half to even when more than 28 fraction digits or a coefficient of
    /// 2^96 or more would be needed; values whose magnitude is below 0.5E-28 become zero.
    /// </summary>
    /// <exception cref="OverflowException">The value is NaN, infinite or outside the System.Decimal range.</exception>
    internal static decimal ToDecimal(Decimal128 value)
    {
        var high = value.HighBits;
        if (!Decimal128Bits.IsFinite(high))
        {
            Decimal128ThrowHelper.ThrowOverflow(value, typeof(decimal));
        }

        var negative = (high & Decimal128Bits.SignMask) != 0;
        var exponent = Decimal128Bits.GetExponent(high);
        var coefficient = Decimal128Bits.GetCoefficient(high, value.LowBits);
        if (coefficient == UInt128.Zero)
        {
            return new decimal(0, 0, 0, negative, (byte)Math.Clamp(-exponent, 0, MaxDecimalScale));
        }

        if (exponent >= 0)
        {
            // Any power of ten above 10^28 times a non-zero coefficient is at least 10^29 > 2^96.
            if (exponent > MaxDecimalScale || coefficient > (DecimalCoefficientLimit - 1) / Decimal128Bits.PowerOfTen(exponent))
            {
                Decimal128ThrowHelper.ThrowOverflow(value, typeof(decimal));
            }

            return CreateDecimal(coefficient * Decimal128Bits.PowerOfTen(exponent), negative, 0);
        }

        var scale = -exponent;
        var dropped = Math.Max(0, scale - MaxDecimalScale);
        while (true)
        {
            var rounded = DivideRoundHalfEven(coefficient, dropped);
            if (rounded < DecimalCoefficientLimit)
            {
                return CreateDecimal(rounded, negative, scale - dropped);
            }

            dropped++;
            if (dropped > scale)
            {
                Decimal128ThrowHelper.ThrowOverflow(value, typeof(decimal));
            }
        }
    }

    /// <summary>Converts to the nearest double (ties to even); magnitudes beyond double's range become infinities.</summary>
    internal static double ToDouble(Decimal128 value)
    {
        var high = value.HighBits;
        if (Decimal128Bits.IsNaN(high))
        {
            return double.NaN;
        }

        var negative = (high & Decimal128Bits.SignMask) != 0;
        if (Decimal128Bits.IsInfinity(high))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        var magnitude = MagnitudeToDouble(Decimal128Bits.GetCoefficient(high, value.LowBits), Decimal128Bits.GetExponent(high));
        return negative ? -magnitude : magnitude;
    }

    /// <summary>The double nearest to coefficient * 10^exponent (correctly rounded).</summary>
    internal static double MagnitudeToDouble(UInt128 coefficient, int exponent)
    {
        if (coefficient == UInt128.Zero)
        {
            return 0d;
        }

        // Both operands exact, so the one IEEE operation rounds correctly (Clinger's fast path).
        if (coefficient <= ExactDoubleIntegerLimit && exponent is >= -22 and <= 22)
        {
            var exactCoefficient = (double)coefficient;
            return exponent >= 0
                ? exactCoefficient * DoublePowersOfTen[exponent]
                : exactCoefficient / DoublePowersOfTen[-exponent];
        }

        // The runtime's parser is correctly rounding and returns infinity or zero outside the double range.
        Span<char> text = stackalloc char[Decimal128Bits.MaxDigits + 8];
        coefficient.TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        text[length++] = 'E';
        exponent.TryFormat(text[length..], out var exponentLength, default, CultureInfo.InvariantCulture);
        length += exponentLength;
        return double.Parse(text[..length], NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Converts a double through its shortest round-trip decimal string, so 0.1 becomes 0.1 (coefficient 1,
    /// exponent -1) rather than the binary value's 55-digit exact expansion. Every such string is stored exactly.
    /// </summary>
    internal static Decimal128 FromDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return Decimal128.NaN;
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? Decimal128.PositiveInfinity : Decimal128.NegativeInfinity;
        }

        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        Decimal128Parser.Parse(text[..length], out var result);
        return result;
    }

    /// <summary>Converts an integer exactly (exponent 0).</summary>
    internal static Decimal128 FromInt64(long value) =>
        Decimal128Bits.Encode(value < 0, value < 0 ? 0UL - (ulong)value : (ulong)value, 0);

    /// <summary>Converts an unsigned integer exactly (exponent 0).</summary>
    internal static Decimal128 FromUInt64(ulong value) => Decimal128Bits.Encode(false, value, 0);

    /// <summary>Converts to long, truncating any fraction toward zero like the decimal-to-long conversion.</summary>
    /// <exception cref="OverflowException">The value is NaN, infinite or outside the long range.</exception>
    internal static long ToInt64(Decimal128 value)
    {
        var high = value.HighBits;
        if (!Decimal128Bits.IsFinite(high))
        {
            Decimal128ThrowHelper.ThrowOverflow(value, typeof(long));
        }

        var negative = (high & Decimal128Bits.SignMask) != 0;
        var magnitude = TruncatedMagnitude(Decimal128Bits.GetCoefficient(high, value.LowBits), Decimal128Bits.GetExponent(high), out var tooLarge);
        var limit = negative ? (UInt128)long.MaxValue + 1 : long.MaxValue;
        if (tooLarge || magnitude > limit)
        {
            Decimal128ThrowHelper.ThrowOverflow(value, typeof(long));
        }

        var small = (ulong)magnitude;
        return negative ? (long)(0UL - small) : (long)small;
    }

    /// <summary>Converts to int, truncating any fraction toward zero.</summary>
    /// <exception cref="OverflowException">The value is NaN, infinite or outside the int range.</exception>
    internal static int ToInt32(Decimal128 value)
    {
        var high = value.HighBits;
        if (!Decimal128Bits.IsFinite(high))
        {
            Decimal128ThrowHelper.ThrowOverflow(value, typeof(int));
        }

        var negative = (high & Decimal128Bits.SignMask) != 0;
        var magnitude = TruncatedMagnitude(Decimal128Bits.GetCoefficient(high, value.LowBits), Decimal128Bits.GetExponent(high), out var tooLarge);
        var limit = negative ? (UInt128)int.MaxValue + 1 : int.MaxValue;
        if (tooLarge || magnitude > limit)
        {
            Decimal128ThrowHelper.ThrowOverflow(value, typeof(int));
        }

        var small = (long)magnitude;
        return (int)(negative ? -small : small);
    }

    /// <summary>
    /// The integer part of coefficient * 10^exponent; <paramref name="tooLarge"/> is set when it would not fit in
    /// <see cref="UInt128"/> (every caller then overflows anyway).
    /// </summary>
    private static UInt128 TruncatedMagnitude(UInt128 coefficient, int exponent, out bool tooLarge)
    {
        tooLarge = false;
        if (coefficient == UInt128.Zero)
        {
            return UInt128.Zero;
        }

        if (exponent >= 0)
        {
            if (exponent > Decimal128Bits.MaxPowerOfTen || coefficient > UInt128.MaxValue / Decimal128Bits.PowerOfTen(exponent))
            {
                tooLarge = true;
                return UInt128.Zero;
            }

            return coefficient * Decimal128Bits.PowerOfTen(exponent);
        }

        return -exponent > Decimal128Bits.MaxPowerOfTen ? UInt128.Zero : coefficient / Decimal128Bits.PowerOfTen(-exponent);
    }

    /// <summary>coefficient / 10^digits rounded half to even.</summary>
    private static UInt128 DivideRoundHalfEven(UInt128 coefficient, int digits)
    {
        if (digits == 0)
        {
            return coefficient;
        }

        // A coefficient below 10^34 is less than half of 10^36, so it rounds to zero.
        if (digits > Decimal128Bits.MaxDigits + 1)
        {
            return UInt128.Zero;
        }

        var divisor = Decimal128Bits.PowerOfTen(digits);
        var (quotient, remainder) = UInt128.DivRem(coefficient, divisor);
        var half = divisor >> 1;
        if (remainder > half || (remainder == half && (quotient & UInt128.One) != UInt128.Zero))
        {
            quotient++;
        }

        return quotient;
    }

    private static decimal CreateDecimal(UInt128 coefficient, bool negative, int scale)
    {
        var low = (ulong)coefficient;
        return new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)(uint)(ulong)(coefficient >> 64), negative, (byte)scale);
    }
}
