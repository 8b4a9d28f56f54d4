using System.Globalization;
using System.Numerics;

namespace MongoPatterns.Bson.Tests.Decimal;

public sealed class Decimal128ComparisonTests
{
    [Fact]
    public void Compare_OrdersNaNThenNegativeInfinityThenNumbersThenPositiveInfinity()
    {
        string[] ascending =
        [
            "NaN", "-Infinity", "-9.999999999999999999999999999999999E+6144", "-1E+10", "-1", "-0.5", "-1E-6176",
            "0", "1E-6176", "9.999999999999999999999999999999999E-6143", "0.1", "1", "1.000000000000000000000000000000001",
            "2", "1E+10", "9.999999999999999999999999999999999E+6144", "Infinity",
        ];
        var values = ascending.Select(Decimal128.Parse).ToArray();

        for (var i = 0; i < values.Length; i++)
        {
            for (var j = 0; j < values.Length; j++)
            {
                Assert.Equal(i.CompareTo(j), Math.Sign(Decimal128.Compare(values[i], values[j])));
                Assert.Equal(i < j, values[i] < values[j]);
                Assert.Equal(i >= j, values[i] >= values[j]);
            }
        }
    }

    [Theory]
    [InlineData("1.0", "1.00")]
    [InlineData("1", "1.000000000000000000000000000000000")]
    [InlineData("-0", "0E+6111")]
    [InlineData("0E-6176", "-0.00")]
    [InlineData("1.20E+6110", "12E+6109")]
    [InlineData("NaN", "-NaN")]
    [InlineData("-Infinity", "-Inf")]
    public void NumericEquals_DifferentRepresentations_AreEqualButNotBitwiseEqual(string left, string right)
    {
        var a = Decimal128.Parse(left);
        var b = Decimal128.Parse(right);

        Assert.True(Decimal128.NumericEquals(a, b));
        Assert.Equal(0, a.CompareTo(b));
        Assert.Equal(a.GetNumericHashCode(), b.GetNumericHashCode());
        Assert.True(a <= b && a >= b);
        if (left != "-Infinity")
        {
            Assert.NotEqual(a, b);
            Assert.False(a == b);
        }
    }

    [Fact]
    public void Compare_NonCanonicalEncoding_IsZero()
    {
        var nonCanonical = new Decimal128(0x6C11_FFFF_FFFF_FFFFUL, ulong.MaxValue);

        Assert.True(nonCanonical.IsZero);
        Assert.Equal(0, Decimal128.Compare(nonCanonical, Decimal128.Zero));
    }

    [Fact]
    public void Equals_IsBitwise()
    {
        Assert.Equal(Decimal128.Parse("1.5"), Decimal128.Parse("15E-1"));
        Assert.NotEqual(Decimal128.Parse("1.5"), Decimal128.Parse("1.50"));
        Assert.True(Decimal128.One.Equals((object)Decimal128.Parse("1")));
        Assert.Equal(Decimal128.Parse("1.5").GetHashCode(), Decimal128.Parse("15E-1").GetHashCode());
    }

    [Theory]
    [InlineData("0.1", 0.1, -1)]
    [InlineData("0.125", 0.125, 0)]
    [InlineData("-0.125", -0.125, 0)]
    [InlineData("0.3", 0.3, 1)]
    [InlineData("1E+300", 1e300, -1)]
    [InlineData("1.000000000000000052504760255204421E+300", 1e300, 1)]
    [InlineData("1E+22", 1e22, 0)]
    [InlineData("1E+23", 1e23, 1)]
    [InlineData("9007199254740993", 9007199254740992d, 1)]
    [InlineData("-9007199254740993", -9007199254740992d, -1)]
    [InlineData("0", -0.0, 0)]
    [InlineData("-0E+3", 0.0, 0)]
    [InlineData("1E-6176", 0.0, 1)]
    [InlineData("-1E-6176", 5e-324, -1)]
    [InlineData("4.940656458412465441765687928682213E-324", 5e-324, -1)]
    [InlineData("4.940656458412465441765687928682214E-324", 5e-324, 1)]
    [InlineData("1E+6144", 1.7976931348623157e308, 1)]
    [InlineData("1E+6144", double.PositiveInfinity, -1)]
    [InlineData("-Infinity", double.NegativeInfinity, 0)]
    [InlineData("Infinity", double.MaxValue, 1)]
    [InlineData("NaN", double.NaN, 0)]
    [InlineData("NaN", double.NegativeInfinity, -1)]
    [InlineData("-Infinity", double.NaN, 1)]
    public void Compare_WithDouble_IsExact(string left, double right, int expected)
    {
        Assert.Equal(expected, Math.Sign(Decimal128.Compare(Decimal128.Parse(left), right)));
    }

    [Fact]
    public void Compare_WithDouble_MatchesExactRationalComparison()
    {
        var random = new Random(42);
        for (var i = 0; i < 20_000; i++)
        {
            var text = Decimal128ConversionTests.RandomDecimalText(random, maxExponent: 360);
            var value = Decimal128.Parse(text);
            var nearest = value.ToDouble();
            double[] candidates = [nearest, Math.BitIncrement(nearest), Math.BitDecrement(nearest), new Decimal128(nearest).ToDouble()];
            foreach (var candidate in candidates.Where(double.IsFinite))
            {
                Assert.Equal(ReferenceCompare(text, candidate), Math.Sign(Decimal128.Compare(value, candidate)));
            }
        }
    }

    [Fact]
    public void Compare_WithDouble_ExactlyRepresentableDecimals_AreEqual()
    {
        var random = new Random(3);
        for (var i = 0; i < 5_000; i++)
        {
            // Integers below 2^41 divided by 2^10 are doubles whose exact decimal form has at most 10 fraction digits.
            var exact = random.NextInt64(-(1L << 40), 1L << 40) / 1024d;
            var text = exact.ToString("F10", CultureInfo.InvariantCulture);

            var value = Decimal128.Parse(text);

            Assert.Equal(0, Decimal128.Compare(value, exact));
            Assert.Equal(exact.GetHashCode(), value.GetNumericHashCode());
        }
    }

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue, 0)]
    [InlineData("9223372036854775807.5", long.MaxValue, 1)]
    [InlineData("9223372036854775806.5", long.MaxValue, -1)]
    [InlineData("-9223372036854775808", long.MinValue, 0)]
    [InlineData("-9223372036854775808.5", long.MinValue, -1)]
    [InlineData("1E+19", long.MaxValue, 1)]
    [InlineData("-1E+19", long.MinValue, -1)]
    [InlineData("1.000", 1L, 0)]
    [InlineData("100E-2", 1L, 0)]
    [InlineData("0.99999", 1L, -1)]
    [InlineData("5E-6176", 0L, 1)]
    [InlineData("-5E-6176", 0L, -1)]
    [InlineData("5E-6176", 1L, -1)]
    [InlineData("-0", 0L, 0)]
    [InlineData("1E+6000", 5L, 1)]
    [InlineData("NaN", long.MinValue, -1)]
    [InlineData("-Infinity", long.MinValue, -1)]
    [InlineData("Infinity", long.MaxValue, 1)]
    public void Compare_WithInt64_IsExact(string left, long right, int expected)
    {
        Assert.Equal(expected, Math.Sign(Decimal128.Compare(Decimal128.Parse(left), right)));
    }

    [Fact]
    public void Compare_WithInt64_MatchesExactRationalComparison()
    {
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var text = Decimal128ConversionTests.RandomDecimalText(random, maxExponent: 25);
            var value = Decimal128.Parse(text);
            var integer = random.Next(3) switch
            {
                0 => random.NextInt64(long.MinValue, long.MaxValue),
                1 => random.NextInt64(-1000, 1000),
                _ => TruncateOrZero(value),
            };

            Assert.Equal(ReferenceCompare(text, integer), Math.Sign(Decimal128.Compare(value, integer)));
        }
    }

    [Fact]
    public void GetNumericHashCode_ExactDouble_IsThatDoublesHash()
    {
        Assert.Equal(0.125.GetHashCode(), Decimal128.Parse("0.1250").GetNumericHashCode());
        Assert.Equal(3d.GetHashCode(), Decimal128.Parse("3.000").GetNumericHashCode());
        Assert.Equal(3d.GetHashCode(), new Decimal128(3L).GetNumericHashCode());
        Assert.Equal((-1e22).GetHashCode(), Decimal128.Parse("-1E+22").GetNumericHashCode());
        Assert.Equal(0d.GetHashCode(), Decimal128.Parse("-0E+7").GetNumericHashCode());
        Assert.Equal(double.NaN.GetHashCode(), Decimal128.NegativeNaN.GetNumericHashCode());
        Assert.Equal(double.NegativeInfinity.GetHashCode(), Decimal128.NegativeInfinity.GetNumericHashCode());
        Assert.Equal(long.MinValue.ToString(CultureInfo.InvariantCulture), ((Decimal128)long.MinValue).ToString());
        Assert.Equal(((double)long.MinValue).GetHashCode(), ((Decimal128)long.MinValue).GetNumericHashCode());
    }

    [Theory]
    [InlineData("9007199254740993", 9007199254740993L)]
    [InlineData("-9223372036854775807.000", -9223372036854775807L)]
    [InlineData("9.223372036854775807E+18", long.MaxValue)]
    public void GetNumericHashCode_IntegerNotExactlyDouble_IsThatLongsHash(string text, long integer)
    {
        Assert.Equal(integer.GetHashCode(), Decimal128.Parse(text).GetNumericHashCode());
    }

    [Fact]
    public void GetNumericHashCode_LargeIntegerOutsideLongRange_IsStableAcrossRepresentations()
    {
        var value = Decimal128.Parse("1234567890123456789012345678901233E+10");
        var padded = Decimal128.Parse("12345678901234567890123456789012330E+9");

        Assert.Equal(value.GetNumericHashCode(), padded.GetNumericHashCode());
    }

    [Fact]
    public void GetNumericHashCode_NumericallyEqualValues_HashAlike()
    {
        var random = new Random(5);
        for (var i = 0; i < 5_000; i++)
        {
            var text = Decimal128ConversionTests.RandomDecimalText(random, maxExponent: 6000);
            var value = Decimal128.Parse(text);
            var coefficient = value.GetCoefficient();
            var exponent = value.GetExponent();
            var digits = coefficient.ToString(CultureInfo.InvariantCulture).Length;
            var padding = Math.Min(34 - digits, exponent + 6176);
            if (padding <= 0)
            {
                continue;
            }

            var padded = Decimal128.Create(value.IsNegative, coefficient * UInt128.Parse("1" + new string('0', padding), CultureInfo.InvariantCulture), exponent - padding);

            Assert.True(Decimal128.NumericEquals(value, padded));
            Assert.NotEqual(value, padded);
            Assert.Equal(value.GetNumericHashCode(), padded.GetNumericHashCode());
        }
    }

    private static long TruncateOrZero(Decimal128 value)
    {
        try
        {
            return value.ToInt64();
        }
        catch (OverflowException)
        {
            return 0;
        }
    }

    /// <summary>Compares "[-]digitsE[-]exponent" with a double exactly using rationals.</summary>
    private static int ReferenceCompare(string decimalText, double right)
    {
        var (numerator, denominator) = ParseRational(decimalText);
        var bits = BitConverter.DoubleToInt64Bits(right);
        var negative = bits < 0;
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        var significand = biased == 0 ? fraction : fraction | (1L << 52);
        var power = biased == 0 ? -1074 : biased - 1075;
        BigInteger rightNumerator = negative ? -significand : significand;
        var rightDenominator = BigInteger.One;
        if (power >= 0)
        {
            rightNumerator <<= power;
        }
        else
        {
            rightDenominator <<= -power;
        }

        return (numerator * rightDenominator).CompareTo(rightNumerator * denominator);
    }

    private static int ReferenceCompare(string decimalText, long right)
    {
        var (numerator, denominator) = ParseRational(decimalText);
        return numerator.CompareTo(right * denominator);
    }

    private static (BigInteger Numerator, BigInteger Denominator) ParseRational(string text)
    {
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        var coefficient = BigInteger.Parse(text[..exponentAt], CultureInfo.InvariantCulture);
        var exponent = int.Parse(text[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        return exponent >= 0
            ? (coefficient * BigInteger.Pow(10, exponent), BigInteger.One)
            : (coefficient, BigInteger.Pow(10, -exponent));
    }
}
