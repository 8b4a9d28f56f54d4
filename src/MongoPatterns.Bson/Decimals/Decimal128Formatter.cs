using System.Globalization;

namespace MongoPatterns.Bson.Decimals;

/// <summary>
/// Writes the string form required by the BSON Decimal128 specification ("to-scientific-string" of the General
/// Decimal Arithmetic specification): plain notation when the exponent is at most zero and the adjusted exponent is
/// at least -6, otherwise scientific notation with one digit before the point; NaN of any kind is "NaN".
/// </summary>
internal static class Decimal128Formatter
{
    /// <summary>Enough for the longest output: sign, "0." with 5 zeros and 34 digits, or 34 digits, point and "E+6144".</summary>
    internal const int MaxLength = 48;

    /// <summary>Formats <paramref name="value"/>; returns false when <paramref name="destination"/> is too small.</summary>
    internal static bool TryFormat(Decimal128 value, Span<char> destination, out int charsWritten)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var length = Format(value, buffer);
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        buffer[..length].CopyTo(destination);
        charsWritten = length;
        return true;
    }

    /// <summary>Formats <paramref name="value"/> as ASCII into UTF-8 bytes.</summary>
    internal static bool TryFormat(Decimal128 value, Span<byte> destination, out int bytesWritten)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var length = Format(value, buffer);
        if (length > destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            destination[i] = (byte)buffer[i];
        }

        bytesWritten = length;
        return true;
    }

    /// <summary>Formats <paramref name="value"/> into a new string.</summary>
    internal static string Format(Decimal128 value)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var length = Format(value, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Writes <paramref name="value"/> into <paramref name="buffer"/> (at least <see cref="MaxLength"/> long).</summary>
    private static int Format(Decimal128 value, Span<char> buffer)
    {
        var high = value.HighBits;
        if (Decimal128Bits.IsNaN(high))
        {
            "NaN".CopyTo(buffer);
            return 3;
        }

        var position = 0;
        if ((high & Decimal128Bits.SignMask) != 0)
        {
            buffer[position++] = '-';
        }

        if (Decimal128Bits.IsInfinity(high))
        {
            "Infinity".CopyTo(buffer[position..]);
            return position + 8;
        }

        var exponent = Decimal128Bits.GetExponent(high);
        var coefficient = Decimal128Bits.GetCoefficient(high, value.LowBits);

        Span<char> digits = stackalloc char[Decimal128Bits.MaxDigits];
        coefficient.TryFormat(digits, out var digitCount, default, CultureInfo.InvariantCulture);
        digits = digits[..digitCount];

        var adjustedExponent = exponent + (digitCount - 1);
        if (exponent > 0 || adjustedExponent < -6)
        {
            buffer[position++] = digits[0];
            if (digitCount > 1)
            {
                buffer[position++] = '.';
                digits[1..].CopyTo(buffer[position..]);
                position += digitCount - 1;
            }

            buffer[position++] = 'E';
            buffer[position++] = adjustedExponent < 0 ? '-' : '+';
            Math.Abs(adjustedExponent).TryFormat(buffer[position..], out var exponentLength, default, CultureInfo.InvariantCulture);
            return position + exponentLength;
        }

        if (exponent == 0)
        {
            digits.CopyTo(buffer[position..]);
            return position + digitCount;
        }

        var fractionLength = -exponent;
        if (digitCount > fractionLength)
        {
            var integerLength = digitCount - fractionLength;
            digits[..integerLength].CopyTo(buffer[position..]);
            position += integerLength;
            buffer[position++] = '.';
            digits[integerLength..].CopyTo(buffer[position..]);
            return position + fractionLength;
        }

        buffer[position++] = '0';
        buffer[position++] = '.';
        var leadingZeros = fractionLength - digitCount;
        buffer.Slice(position, leadingZeros).Fill('0');
        position += leadingZeros;
        digits.CopyTo(buffer[position..]);
        return position + digitCount;
    }
}
