namespace MongoPatterns.Bson.Tests.Decimal;

public sealed class Decimal128ParseTests
{
    [Theory]
    [InlineData("1.0", false, 10, -1)]
    [InlineData("-12.500", true, 12500, -3)]
    [InlineData("+.5", false, 5, -1)]
    [InlineData("017.", false, 17, 0)]
    [InlineData("4E+9", false, 4, 9)]
    [InlineData("0.73e-7", false, 73, -9)]
    [InlineData("-0", true, 0, 0)]
    [InlineData("0.000", false, 0, -3)]
    public void Parse_FiniteString_KeepsCoefficientAndExponent(string text, bool negative, long coefficient, int exponent)
    {
        var value = Decimal128.Parse(text);

        Assert.Equal(negative, value.IsNegative);
        Assert.Equal((UInt128)coefficient, value.GetCoefficient());
        Assert.Equal(exponent, value.GetExponent());
    }

    [Fact]
    public void Parse_ExponentAboveRange_ClampsByAddingZeros()
    {
        var value = Decimal128.Parse("1E6112");

        Assert.Equal((UInt128)10, value.GetCoefficient());
        Assert.Equal(6111, value.GetExponent());
        Assert.Equal("1.0E+6112", value.ToString());
    }

    [Fact]
    public void Parse_ExponentBelowRangeWithTrailingZeros_ClampsByRemovingZeros()
    {
        var value = Decimal128.Parse("1000E-6179");

        Assert.Equal((UInt128)1, value.GetCoefficient());
        Assert.Equal(-6176, value.GetExponent());
    }

    [Theory]
    [InlineData("0E+99999999999999999999999", 6111)]
    [InlineData("-0E-99999999999999999999999", -6176)]
    [InlineData("0.00000E-6174", -6176)]
    public void Parse_ZeroOutsideExponentRange_ClampsExponent(string text, int exponent)
    {
        Assert.Equal(exponent, Decimal128.Parse(text).GetExponent());
    }

    [Fact]
    public void Parse_MoreThan34DigitsEndingInZeros_DropsOnlyZeros()
    {
        var value = Decimal128.Parse("12345678901234567890123456789012340000");

        Assert.Equal(UInt128.Parse("1234567890123456789012345678901234", System.Globalization.CultureInfo.InvariantCulture), value.GetCoefficient());
        Assert.Equal(4, value.GetExponent());
    }

    [Theory]
    [InlineData("12345678901234567890123456789012345", "34 significant digits")]
    [InlineData("1E+6145", "too large")]
    [InlineData("1E+99999999999999999999", "too large")]
    [InlineData("12E+6144", "too large")]
    [InlineData("1E-6177", "too small")]
    [InlineData("1.5E-6176", "too small")]
    public void Parse_InexactValue_ThrowsFormatExceptionWithReason(string text, string reason)
    {
        var exception = Assert.Throws<FormatException>(() => Decimal128.Parse(text));

        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.Contains(text, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LargestMagnitudeWithClamping_Succeeds()
    {
        Assert.Equal(Decimal128.MaxValue, Decimal128.Parse("9999999999999999999999999999999999E+6111"));
        Assert.Equal(Decimal128.MaxValue, Decimal128.Parse("9.999999999999999999999999999999999E+6144"));
        Assert.Equal(Decimal128.MinValue, Decimal128.Parse("-9.999999999999999999999999999999999E+6144"));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("+NAN")]
    public void Parse_NaN_IsCanonicalNaN(string text)
    {
        Assert.Equal(Decimal128.NaN, Decimal128.Parse(text));
    }

    [Fact]
    public void Parse_NegativeNaN_KeepsSign()
    {
        var value = Decimal128.Parse("-NaN");

        Assert.True(value.IsNaN);
        Assert.True(value.IsNegative);
        Assert.Equal(Decimal128.NegativeNaN, value);
    }

    [Theory]
    [InlineData("Infinity", false)]
    [InlineData("+inf", false)]
    [InlineData("-INFINITY", true)]
    [InlineData("-Inf", true)]
    public void Parse_Infinity_IsSignedInfinity(string text, bool negative)
    {
        Assert.Equal(negative ? Decimal128.NegativeInfinity : Decimal128.PositiveInfinity, Decimal128.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1e")]
    [InlineData(" 1")]
    [InlineData("1_000")]
    [InlineData("1,5")]
    [InlineData("sNaN")]
    [InlineData("NaN1")]
    [InlineData("\u0661")]
    public void TryParse_InvalidString_ReturnsFalse(string text)
    {
        Assert.False(Decimal128.TryParse(text, out var value));
        Assert.Equal(default, value);
        Assert.False(Decimal128.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(Decimal128.TryParse((string?)null, out _));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Decimal128.Parse((string)null!));
    }

    [Fact]
    public void Parse_Span_ParsesSlice()
    {
        var value = Decimal128.Parse("x12.5y".AsSpan(1, 4));

        Assert.Equal("12.5", value.ToString());
    }

    [Fact]
    public void Parse_VeryLongInput_QuotesOnlyItsStartInTheMessage()
    {
        var text = new string('1', 5000);

        var exception = Assert.Throws<FormatException>(() => Decimal128.Parse(text));

        Assert.True(exception.Message.Length < 400);
    }

    [Fact]
    public void SpanParsable_Parse_UsesSpecSyntax()
    {
        Assert.Equal(Decimal128.Parse("2.50"), ParseGeneric<Decimal128>("2.50"));
    }

    private static T ParseGeneric<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), System.Globalization.CultureInfo.GetCultureInfo("de-DE"));
}
