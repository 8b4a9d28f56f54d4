using System.Numerics;

namespace MongoPatterns.Bson.Decimals;

/// <summary>
/// Exact numeric comparison of <see cref="Decimal128"/> values with each other, with doubles and with longs, using
/// MongoDB's total order: NaN (of any sign or payload) equals NaN and sorts below every number, then -Infinity,
/// the finite values (all zeros equal, 1.0 equal to 1.00), then +Infinity.
/// </summary>
internal static class Decimal128Comparison
{
    /// <summary>5^27 is the largest power of five that fits in a ulong.</summary>
    private const int MaxSmallPowerOfFive = 27;

    /// <summary>Integers of more than 19 digits are outside the long range.</summary>
    private const int LongDigits = 19;

    /// <summary>Compares two Decimal128 values numerically.</summary>
    internal static int Compare(Decimal128 left, Decimal128 right)
    {
        var leftRank = Rank(left);
        var rightRank = Rank(right);
        if (leftRank != rightRank || leftRank != Category.Finite)
        {
            return ((int)leftRank).CompareTo((int)rightRank);
        }

        var leftCoefficient = left.Coefficient;
        var rightCoefficient = right.Coefficient;
        var leftSign = Sign(left.HighBits, leftCoefficient);
        var rightSign = Sign(right.HighBits, rightCoefficient);
        if (leftSign != rightSign || leftSign == 0)
        {
            return leftSign.CompareTo(rightSign);
        }

        var magnitude = CompareMagnitudes(leftCoefficient, left.ExponentUnchecked, rightCoefficient, right.ExponentUnchecked);
        return leftSign > 0 ? magnitude : -magnitude;
    }

    /// <summary>Compares a Decimal128 with a double exactly (no rounding of either side).</summary>
    internal static int Compare(Decimal128 left, double right)
    {
        var leftRank = Rank(left);
        var rightRank = double.IsNaN(right) ? Category.NaN
            : double.IsNegativeInfinity(right) ? Category.NegativeInfinity
            : double.IsPositiveInfinity(right) ? Category.PositiveInfinity
            : Category.Finite;
        if (leftRank != rightRank || leftRank != Category.Finite)
        {
            return ((int)leftRank).CompareTo((int)rightRank);
        }

        var coefficient = left.Coefficient;
        var leftSign = Sign(left.HighBits, coefficient);
        var rightSign = Math.Sign(right);
        if (leftSign != rightSign || leftSign == 0)
        {
            return leftSign.CompareTo(rightSign);
        }

        var magnitude = CompareMagnitudeWithDouble(coefficient, left.ExponentUnchecked, Math.Abs(right));
        return leftSign > 0 ? magnitude : -magnitude;
    }

    /// <summary>Compares a Decimal128 with a long exactly.</summary>
    internal static int Compare(Decimal128 left, long right)
    {
        var leftRank = Rank(left);
        if (leftRank != Category.Finite)
        {
            return ((int)leftRank).CompareTo((int)Category.Finite);
        }

        var coefficient = left.Coefficient;
        var leftSign = Sign(left.HighBits, coefficient);
        var rightSign = Math.Sign(right);
        if (leftSign != rightSign || leftSign == 0)
        {
            return leftSign.CompareTo(rightSign);
        }

        var rightMagnitude = (UInt128)(right < 0 ? 0UL - (ulong)right : (ulong)right);
        var magnitude = CompareMagnitudeWithInteger(coefficient, left.ExponentUnchecked, rightMagnitude);
        return leftSign > 0 ? magnitude : -magnitude;
    }

    /// <summary>
    /// A hash equal for numerically equal values: the double's hash when the value is exactly a double (NaN, the
    /// infinities and every zero included), else the long's hash when it is an integer in the long range, otherwise
    /// a hash of the sign and the trailing-zero-free coefficient and exponent.
    /// </summary>
    internal static int GetNumericHashCode(Decimal128 value)
    {
        var high = value.HighBits;
        if (!Decimal128Bits.IsFinite(high))
        {
            return Decimal128Conversion.ToDouble(value).GetHashCode();
        }

        var coefficient = value.Coefficient;
        if (coefficient == UInt128.Zero)
        {
            return 0d.GetHashCode();
        }

        var exponent = value.ExponentUnchecked;
        var magnitude = Decimal128Conversion.MagnitudeToDouble(coefficient, exponent);
        var negative = (high & Decimal128Bits.SignMask) != 0;
        if (!double.IsInfinity(magnitude) && magnitude != 0d && CompareMagnitudeExactly(coefficient, exponent, magnitude) == 0)
        {
            return (negative ? -magnitude : magnitude).GetHashCode();
        }

        coefficient = Decimal128Bits.StripTrailingZeros(coefficient, ref exponent);
        if (exponent >= 0 && exponent + Decimal128Bits.CountDigits(coefficient) <= LongDigits)
        {
            var integer = coefficient * Decimal128Bits.PowerOfTen(exponent);
            var limit = negative ? (UInt128)long.MaxValue + 1 : long.MaxValue;
            if (integer <= limit)
            {
                var small = (ulong)integer;
                return (negative ? (long)(0UL - small) : (long)small).GetHashCode();
            }
        }

        return HashCode.Combine(negative, coefficient, exponent);
    }

    /// <summary>Compares coefficient * 10^exponent values, both coefficients non-zero.</summary>
    internal static int CompareMagnitudes(UInt128 leftCoefficient, int leftExponent, UInt128 rightCoefficient, int rightExponent)
    {
        var leftDigits = Decimal128Bits.CountDigits(leftCoefficient);
        var rightDigits = Decimal128Bits.CountDigits(rightCoefficient);
        var leftAdjusted = leftExponent + leftDigits;
        var rightAdjusted = rightExponent + rightDigits;
        if (leftAdjusted != rightAdjusted)
        {
            return leftAdjusted.CompareTo(rightAdjusted);
        }

        // Same adjusted exponent: aligning exponents keeps both within 34 digits.
        if (leftExponent > rightExponent)
        {
            leftCoefficient *= Decimal128Bits.PowerOfTen(leftExponent - rightExponent);
        }
        else if (rightExponent > leftExponent)
        {
            rightCoefficient *= Decimal128Bits.PowerOfTen(rightExponent - leftExponent);
        }

        return leftCoefficient.CompareTo(rightCoefficient);
    }

    private static int CompareMagnitudeWithInteger(UInt128 coefficient, int exponent, UInt128 integer)
    {
        if (exponent >= 0)
        {
            // 10^20 exceeds every long magnitude.
            if (exponent + Decimal128Bits.CountDigits(coefficient) > 20)
            {
                return 1;
            }

            return (coefficient * Decimal128Bits.PowerOfTen(exponent)).CompareTo(integer);
        }

        if (-exponent > Decimal128Bits.MaxPowerOfTen)
        {
            // The value is below 1 (coefficient < 10^34 < 10^38 < 10^-exponent) and non-zero.
            return integer == UInt128.Zero ? 1 : -1;
        }

        var (whole, fraction) = UInt128.DivRem(coefficient, Decimal128Bits.PowerOfTen(-exponent));
        var order = whole.CompareTo(integer);
        return order != 0 ? order : (fraction == UInt128.Zero ? 0 : 1);
    }

    /// <summary>Compares coefficient * 10^exponent with a positive finite double.</summary>
    private static int CompareMagnitudeWithDouble(UInt128 coefficient, int exponent, double right)
    {
        // Correct rounding is monotonic, so a rounded value that differs from right orders the exact value too.
        var rounded = Decimal128Conversion.MagnitudeToDouble(coefficient, exponent);
        if (rounded != right)
        {
            return rounded < right ? -1 : 1;
        }

        return CompareMagnitudeExactly(coefficient, exponent, right);
    }

    /// <summary>Compares coefficient * 10^exponent with a positive finite double with exact integer arithmetic.</summary>
    private static int CompareMagnitudeExactly(UInt128 coefficient, int exponent, double right)
    {
        // right = significand * 2^binaryExponent with an odd significand.
        var bits = BitConverter.DoubleToInt64Bits(right);
        var biasedExponent = (int)((bits >> 52) & 0x7FF);
        var significand = (ulong)bits & 0x000F_FFFF_FFFF_FFFFUL;
        var binaryExponent = -1074;
        if (biasedExponent != 0)
        {
            significand |= 1UL << 52;
            binaryExponent = biasedExponent - 1075;
        }

        var trailingZeroBits = BitOperations.TrailingZeroCount(significand);
        significand >>= trailingZeroBits;
        binaryExponent += trailingZeroBits;

        // coefficient * 10^exponent = coefficient * 5^exponent * 2^exponent.
        if (exponent is >= 0 and <= MaxSmallPowerOfFive)
        {
            var powerOfFive = (UInt128)PowerOfFive(exponent);
            if (Decimal128Bits.BitLength(coefficient) + Decimal128Bits.BitLength(powerOfFive) <= 128)
            {
                return CompareShifted(coefficient * powerOfFive, (long)exponent - binaryExponent, significand);
            }
        }
        else if (exponent is < 0 and >= -MaxSmallPowerOfFive)
        {
            // coefficient * 2^-k * 5^-k versus significand * 2^b  <=>  coefficient * 2^-(b+k) versus significand * 5^k.
            var scaledSignificand = (UInt128)significand * PowerOfFive(-exponent);
            return CompareShifted(coefficient, -((long)binaryExponent - exponent), scaledSignificand);
        }

        var left = Decimal128Bits.ToBigInteger(coefficient);
        var rightValue = new BigInteger(significand);
        if (exponent >= 0)
        {
            left *= BigInteger.Pow(10, exponent);
        }
        else
        {
            rightValue *= BigInteger.Pow(10, -exponent);
        }

        if (binaryExponent >= 0)
        {
            rightValue <<= binaryExponent;
        }
        else
        {
            left <<= -binaryExponent;
        }

        return left.CompareTo(rightValue);
    }

    /// <summary>Compares <paramref name="value"/> * 2^<paramref name="shift"/> with <paramref name="other"/>.</summary>
    private static int CompareShifted(UInt128 value, long shift, UInt128 other)
    {
        if (shift < 0)
        {
            return -CompareShifted(other, -shift, value);
        }

        if (value == UInt128.Zero)
        {
            return other == UInt128.Zero ? 0 : -1;
        }

        // value * 2^shift >= 2^(bitLength - 1 + shift), which exceeds any UInt128 once that power reaches 2^128.
        if (Decimal128Bits.BitLength(value) + shift > 128)
        {
            return 1;
        }

        return (value << (int)shift).CompareTo(other);
    }

    private static ulong PowerOfFive(int power)
    {
        var result = 1UL;
        for (var i = 0; i < power; i++)
        {
            result *= 5;
        }

        return result;
    }

    private static int Sign(ulong high, UInt128 coefficient) =>
        coefficient == UInt128.Zero ? 0 : (high & Decimal128Bits.SignMask) != 0 ? -1 : 1;

    private static Category Rank(Decimal128 value)
    {
        var high = value.HighBits;
        if (Decimal128Bits.IsNaN(high))
        {
            return Category.NaN;
        }

        if (Decimal128Bits.IsInfinity(high))
        {
            return (high & Decimal128Bits.SignMask) != 0 ? Category.NegativeInfinity : Category.PositiveInfinity;
        }

        return Category.Finite;
    }

    /// <summary>The coarse order of value kinds.</summary>
    private enum Category
    {
        NaN,
        NegativeInfinity,
        Finite,
        PositiveInfinity,
    }
}
