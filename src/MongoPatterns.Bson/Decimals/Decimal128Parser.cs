namespace MongoPatterns.Bson.Decimals;

/// <summary>
/// Parses the numeric strings of the BSON Decimal128 specification (General Decimal Arithmetic "to-number"
/// syntax, no whitespace) without allocating. Values are stored exactly: the preferred exponent is kept when
/// possible, otherwise trailing zeros are added or removed (clamping); anything that would need inexact
/// rounding, overflow or underflow is rejected.
/// </summary>
internal static class Decimal128Parser
{
    /// <summary>Exponent digits beyond this magnitude cannot change the outcome, so accumulation saturates here.</summary>
    private const long ExponentSaturation = 1_000_000_000_000_000L;

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="result"/> is default.</summary>
    internal static Decimal128ParseStatus Parse(ReadOnlySpan<char> text, out Decimal128 result)
    {
        result = default;
        if (text.IsEmpty)
        {
            return Decimal128ParseStatus.InvalidSyntax;
        }

        var negative = false;
        var index = 0;
        if (text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            index = 1;
        }

        if (index < text.Length && !char.IsAsciiDigit(text[index]) && text[index] != '.')
        {
            return ParseSpecial(text[index..], negative, out result);
        }

        // Mantissa: the coefficient keeps significant digits up to the last non-zero one; zeros after it are
        // counted in trailingZeros so that arbitrarily long runs of zeros never need digit storage.
        var coefficient = UInt128.Zero;
        var coefficientDigits = 0;
        long trailingZeros = 0;
        long fractionDigits = 0;
        var sawDigit = false;
        var sawPoint = false;
        var tooManyDigits = false;
        for (; index < text.Length; index++)
        {
            var c = text[index];
            if (char.IsAsciiDigit(c))
            {
                sawDigit = true;
                if (sawPoint)
                {
                    fractionDigits++;
                }

                if (c == '0')
                {
                    if (coefficientDigits > 0)
                    {
                        trailingZeros++;
                    }

                    continue;
                }

                if (tooManyDigits || coefficientDigits + trailingZeros + 1 > Decimal128Bits.MaxDigits)
                {
                    tooManyDigits = true;
                    continue;
                }

                var shift = (int)trailingZeros + 1;
                coefficient = (coefficient * Decimal128Bits.PowerOfTen(shift)) + (uint)(c - '0');
                coefficientDigits += shift;
                trailingZeros = 0;
            }
            else if (c == '.')
            {
                if (sawPoint)
                {
                    return Decimal128ParseStatus.InvalidSyntax;
                }

                sawPoint = true;
            }
            else if (c is 'e' or 'E')
            {
                break;
            }
            else
            {
                return Decimal128ParseStatus.InvalidSyntax;
            }
        }

        if (!sawDigit)
        {
            return Decimal128ParseStatus.InvalidSyntax;
        }

        long statedExponent = 0;
        if (index < text.Length && !TryParseExponent(text[(index + 1)..], out statedExponent))
        {
            return Decimal128ParseStatus.InvalidSyntax;
        }

        if (tooManyDigits)
        {
            return Decimal128ParseStatus.TooManyDigits;
        }

        // The value is coefficient * 10^(preferredExponent + trailingZeros); the string asks for preferredExponent.
        var preferredExponent = statedExponent - fractionDigits;
        if (coefficient == UInt128.Zero)
        {
            var zeroExponent = (int)Math.Clamp(preferredExponent, Decimal128Bits.MinExponent, Decimal128Bits.MaxExponent);
            result = Decimal128Bits.Encode(negative, UInt128.Zero, zeroExponent);
            return Decimal128ParseStatus.Success;
        }

        // Any representation is coefficient * 10^k with exponent coreExponent - k, where k >= 0 keeps the
        // coefficient within 34 digits and the exponent within range. Take the k closest to the preferred one.
        var coreExponent = preferredExponent + trailingZeros;
        var lowest = Math.Max(0L, coreExponent - Decimal128Bits.MaxExponent);
        var highest = Math.Min(Decimal128Bits.MaxDigits - coefficientDigits, coreExponent - Decimal128Bits.MinExponent);
        if (lowest > highest)
        {
            return coreExponent < Decimal128Bits.MinExponent ? Decimal128ParseStatus.Underflow : Decimal128ParseStatus.Overflow;
        }

        var padding = (int)Math.Clamp(trailingZeros, lowest, highest);
        coefficient *= Decimal128Bits.PowerOfTen(padding);
        result = Decimal128Bits.Encode(negative, coefficient, (int)(coreExponent - padding));
        return Decimal128ParseStatus.Success;
    }

    private static Decimal128ParseStatus ParseSpecial(ReadOnlySpan<char> name, bool negative, out Decimal128 result)
    {
        if (name.Equals("Infinity", StringComparison.OrdinalIgnoreCase) || name.Equals("Inf", StringComparison.OrdinalIgnoreCase))
        {
            result = negative ? Decimal128.NegativeInfinity : Decimal128.PositiveInfinity;
            return Decimal128ParseStatus.Success;
        }

        if (name.Equals("NaN", StringComparison.OrdinalIgnoreCase))
        {
            result = negative ? Decimal128.NegativeNaN : Decimal128.NaN;
            return Decimal128ParseStatus.Success;
        }

        result = default;
        return Decimal128ParseStatus.InvalidSyntax;
    }

    /// <summary>Parses <c>[sign] digits</c> after the exponent indicator, saturating very large magnitudes.</summary>
    private static bool TryParseExponent(ReadOnlySpan<char> text, out long exponent)
    {
        exponent = 0;
        var negative = false;
        var index = 0;
        if (index < text.Length && text[index] is '+' or '-')
        {
            negative = text[index] == '-';
            index++;
        }

        if (index == text.Length)
        {
            return false;
        }

        long magnitude = 0;
        for (; index < text.Length; index++)
        {
            var c = text[index];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            if (magnitude < ExponentSaturation)
            {
                magnitude = (magnitude * 10) + (c - '0');
            }
        }

        exponent = negative ? -magnitude : magnitude;
        return true;
    }
}
