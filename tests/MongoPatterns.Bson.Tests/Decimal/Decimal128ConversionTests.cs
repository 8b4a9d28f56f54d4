using System.Globalization;

namespace MongoPatterns.Bson.Tests.Decimal;

public sealed class Decimal128ConversionTests
{
    public static TheoryData<decimal, string> Decimals => new()
    {
        { 0m, "0" },
        { 0.00m, "0.00" },
        { 1.50m, "1.50" },
        { -123.456m, "-123.456" },
        { decimal.MaxValue, "79228162514264337593543950335" },
        { decimal.MinValue, "-79228162514264337593543950335" },
        { 0.0000000000000000000000000001m, "1E-28" },
    };

    [Theory]
    [MemberData(nameof(Decimals))]
    public void FromDecimal_KeepsScaleExactly(decimal value, string expected)
    {
        Decimal128 converted = value;

        Assert.Equal(expected, converted.ToString());
        Assert.Equal(expected, new Decimal128(value).ToString());
    }

    [Theory]
    [MemberData(nameof(Decimals))]
    public void ToDecimal_RoundTripsEveryDecimal(decimal value, string text)
    {
        _ = text;
        var roundTripped = (decimal)(Decimal128)value;

        Assert.Equal(value, roundTripped);
        Assert.Equal(decimal.GetBits(value), decimal.GetBits(roundTripped));
    }

    [Fact]
    public void FromDecimal_NegativeZero_KeepsSignAndScale()
    {
        var negativeZero = new decimal(0, 0, 0, true, 3);

        var converted = new Decimal128(negativeZero);

        Assert.Equal("-0.000", converted.ToString());
        Assert.Equal(decimal.GetBits(negativeZero), decimal.GetBits(converted.ToDecimal()));
    }

    [Theory]
    [InlineData("1E+3", "1000")]
    [InlineData("1.00000000000000000000000000005", "1.0000000000000000000000000000")]
    [InlineData("1.00000000000000000000000000015", "1.0000000000000000000000000002")]
    [InlineData("1.000000000000000000000000000051", "1.0000000000000000000000000001")]
    [InlineData("1E-29", "0.0000000000000000000000000000")]
    [InlineData("5E-29", "0.0000000000000000000000000000")]
    [InlineData("6E-29", "0.0000000000000000000000000001")]
    [InlineData("1E-5000", "0.0000000000000000000000000000")]
    [InlineData("7922816251426433759354395033.56", "7922816251426433759354395034")]
    [InlineData("79228162514264337593543950335.4", "79228162514264337593543950335")]
    [InlineData("0E+10", "0")]
    [InlineData("0E-40", "0.0000000000000000000000000000")]
    public void ToDecimal_NeedsRounding_RoundsHalfToEven(string text, string expected)
    {
        var converted = Decimal128.Parse(text).ToDecimal();

        Assert.Equal(expected, converted.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("79228162514264337593543950335.5")]
    [InlineData("-79228162514264337593543950336")]
    [InlineData("1E+29")]
    [InlineData("1E+6000")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void ToDecimal_OutOfRange_ThrowsOverflowException(string text)
    {
        Assert.Throws<OverflowException>(() => (decimal)Decimal128.Parse(text));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(100.0, "100")]
    [InlineData(1e20, "1E+20")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157E+308")]
    [InlineData(5e-324, "5E-324")]
    [InlineData(1e-7, "1E-7")]
    [InlineData(0.0, "0")]
    [InlineData(-0.0, "-0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void FromDouble_UsesShortestRoundTripString(double value, string expected)
    {
        Assert.Equal(expected, new Decimal128(value).ToString());
        Assert.Equal(expected, ((Decimal128)value).ToString());
    }

    [Fact]
    public void FromDouble_RandomDoubles_RoundTripThroughToDouble()
    {
        var random = new Random(20260101);
        Span<byte> bits = stackalloc byte[8];
        for (var i = 0; i < 20_000; i++)
        {
            random.NextBytes(bits);
            var value = BitConverter.ToDouble(bits);
            if (!double.IsFinite(value))
            {
                continue;
            }

            var converted = new Decimal128(value);

            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(converted.ToDouble()));
        }
    }

    [Theory]
    [InlineData("0.1", 0.1)]
    [InlineData("9007199254740993", 9007199254740992d)]
    [InlineData("9007199254740995", 9007199254740996d)]
    [InlineData("1E+400", double.PositiveInfinity)]
    [InlineData("-1E+400", double.NegativeInfinity)]
    [InlineData("1E-400", 0d)]
    [InlineData("2.4703282292062327E-324", 0d)]
    [InlineData("2.4703282292062328E-324", 5e-324)]
    [InlineData("1.7976931348623158E+308", 1.7976931348623157e308)]
    [InlineData("NaN", double.NaN)]
    [InlineData("Infinity", double.PositiveInfinity)]
    public void ToDouble_RoundsToNearest(string text, double expected)
    {
        Assert.Equal(expected, (double)Decimal128.Parse(text));
    }

    [Fact]
    public void ToDouble_NegativeZero_KeepsSign()
    {
        Assert.True(double.IsNegative(Decimal128.Parse("-0E+5").ToDouble()));
    }

    [Fact]
    public void ToDouble_RandomDecimals_MatchesRuntimeParser()
    {
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomDecimalText(random, maxExponent: 340);

            var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

            Assert.Equal(expected, Decimal128.Parse(text).ToDouble());
        }
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(-1L, "-1")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    public void FromInt64_IsExactInteger(long value, string expected)
    {
        Decimal128 converted = value;

        Assert.Equal(expected, converted.ToString());
        Assert.Equal(0, converted.GetExponent());
        Assert.Equal(value, (long)converted);
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-7)]
    [InlineData(int.MaxValue)]
    public void FromInt32_RoundTrips(int value)
    {
        Decimal128 converted = value;

        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), new Decimal128(value).ToString());
        Assert.Equal(value, (int)converted);
    }

    [Theory]
    [InlineData("1.9", 1L)]
    [InlineData("-1.9", -1L)]
    [InlineData("-0.5", 0L)]
    [InlineData("1E+18", 1_000_000_000_000_000_000L)]
    [InlineData("9223372036854775807.99", long.MaxValue)]
    [InlineData("-9223372036854775808.99", long.MinValue)]
    [InlineData("1E-6176", 0L)]
    [InlineData("123456789012345678901234567890E-20", 1234567890L)]
    public void ToInt64_TruncatesTowardZero(string text, long expected)
    {
        Assert.Equal(expected, Decimal128.Parse(text).ToInt64());
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("1E+19")]
    [InlineData("1E+6111")]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    public void ToInt64_OutOfRange_ThrowsOverflowException(string text)
    {
        Assert.Throws<OverflowException>(() => (long)Decimal128.Parse(text));
    }

    [Theory]
    [InlineData("2147483647.9", int.MaxValue)]
    [InlineData("-2147483648.9", int.MinValue)]
    [InlineData("-12.5", -12)]
    public void ToInt32_TruncatesTowardZero(string text, int expected)
    {
        Assert.Equal(expected, Decimal128.Parse(text).ToInt32());
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("NaN")]
    public void ToInt32_OutOfRange_ThrowsOverflowException(string text)
    {
        Assert.Throws<OverflowException>(() => (int)Decimal128.Parse(text));
    }

    /// <summary>A random numeric string with up to 34 significant digits.</summary>
    internal static string RandomDecimalText(Random random, int maxExponent)
    {
        var digits = random.Next(1, 35);
        var chars = new char[digits];
        for (var i = 0; i < digits; i++)
        {
            chars[i] = (char)('0' + random.Next(i == 0 ? 1 : 0, 10));
        }

        var exponent = random.Next(-maxExponent, maxExponent + 1);
        var sign = random.Next(2) == 0 ? "" : "-";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{new string(chars)}E{exponent}");
    }
}
