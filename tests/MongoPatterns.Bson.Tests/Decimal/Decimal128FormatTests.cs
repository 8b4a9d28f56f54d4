using System.Text;

namespace MongoPatterns.Bson.Tests.Decimal;

public sealed class Decimal128FormatTests
{
    [Theory]
    [InlineData("123", "123")]
    [InlineData("-123", "-123")]
    [InlineData("1.23E+3", "1.23E+3")]
    [InlineData("123E+3", "1.23E+5")]
    [InlineData("12.3", "12.3")]
    [InlineData("0.00123", "0.00123")]
    [InlineData("0.000000123", "1.23E-7")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("0.0000001", "1E-7")]
    [InlineData("-0.0", "-0.0")]
    [InlineData("0E+3", "0E+3")]
    [InlineData("0E-7", "0E-7")]
    [InlineData("5E+0", "5")]
    [InlineData("-Infinity", "-Infinity")]
    public void ToString_FollowsSpecNotationRules(string text, string expected)
    {
        Assert.Equal(expected, Decimal128.Parse(text).ToString());
    }

    [Fact]
    public void ToString_EveryNaN_IsNaN()
    {
        Assert.Equal("NaN", Decimal128.NaN.ToString());
        Assert.Equal("NaN", Decimal128.NegativeNaN.ToString());
        Assert.Equal("NaN", new Decimal128(0x7E00_0000_0000_0000UL, 12).ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("G")]
    [InlineData("g")]
    public void ToString_GeneralFormat_IgnoresCulture(string? format)
    {
        var value = Decimal128.Parse("-1234.5");

        Assert.Equal("-1234.5", value.ToString(format, System.Globalization.CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("-1234.5", string.Format(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), "{0}", value));
    }

    [Fact]
    public void ToString_OtherFormat_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => Decimal128.One.ToString("F2", null));
    }

    [Fact]
    public void TryFormat_LongestValues_FitIn42Characters()
    {
        string[] longest =
        [
            "-9.999999999999999999999999999999999E-6143",
            "-0.000001234567890123456789012345678901234",
            "-9.999999999999999999999999999999999E+6144",
        ];
        Span<char> destination = stackalloc char[42];
        foreach (var text in longest)
        {
            Assert.True(Decimal128.Parse(text).TryFormat(destination, out var written));
            Assert.Equal(text, destination[..written].ToString());
        }
    }

    [Fact]
    public void TryFormat_DestinationTooSmall_ReturnsFalse()
    {
        Span<char> destination = stackalloc char[3];

        Assert.False(Decimal128.Parse("1.25").TryFormat(destination, out var written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryFormat_Utf8_WritesAsciiBytes()
    {
        Span<byte> destination = stackalloc byte[64];

        Assert.True(Decimal128.Parse("-1.5E-10").TryFormat(destination, out var written));
        Assert.Equal("-1.5E-10", Encoding.UTF8.GetString(destination[..written]));
    }

    [Fact]
    public void SpanFormattable_OtherFormat_ThrowsFormatException()
    {
        var buffer = new char[64];

        Assert.Throws<FormatException>(() => FormatGeneric(Decimal128.One, buffer, "N"));
        Assert.Equal("1", FormatGeneric(Decimal128.One, buffer, "G"));
    }

    [Fact]
    public void StringInterpolation_UsesSpecForm()
    {
        var value = Decimal128.Parse("1E+3");

        Assert.Equal("[1E+3]", $"[{value}]");
    }

    private static string FormatGeneric<T>(T value, char[] buffer, string format)
        where T : ISpanFormattable
    {
        Assert.True(value.TryFormat(buffer, out var written, format, System.Globalization.CultureInfo.InvariantCulture));
        return new string(buffer, 0, written);
    }
}
