namespace MongoPatterns.Bson.Tests.Decimal;

public sealed class Decimal128ValueTests
{
    [Fact]
    public void StaticValues_HaveExpectedStrings()
    {
        Assert.Equal("0", Decimal128.Zero.ToString());
        Assert.Equal("1", Decimal128.One.ToString());
        Assert.Equal("-1", Decimal128.MinusOne.ToString());
        Assert.Equal("NaN", Decimal128.NaN.ToString());
        Assert.Equal("Infinity", Decimal128.PositiveInfinity.ToString());
        Assert.Equal("-Infinity", Decimal128.NegativeInfinity.ToString());
        Assert.Equal("9.999999999999999999999999999999999E+6144", Decimal128.MaxValue.ToString());
        Assert.Equal("-9.999999999999999999999999999999999E+6144", Decimal128.MinValue.ToString());
    }

    [Fact]
    public void Default_IsZeroWithSmallestExponent()
    {
        var value = default(Decimal128);

        Assert.True(value.IsZero);
        Assert.Equal(-6176, value.GetExponent());
        Assert.Equal("0E-6176", value.ToString());
    }

    [Fact]
    public void Predicates_DescribeKinds()
    {
        Assert.True(Decimal128.NaN.IsNaN);
        Assert.False(Decimal128.NaN.IsFinite);
        Assert.False(Decimal128.NaN.IsInfinity);
        Assert.True(Decimal128.NegativeNaN.IsNegative);
        Assert.True(new Decimal128(0x7E00_0000_0000_0000UL, 0).IsNaN);
        Assert.True(Decimal128.PositiveInfinity.IsPositiveInfinity);
        Assert.False(Decimal128.PositiveInfinity.IsNegativeInfinity);
        Assert.True(Decimal128.NegativeInfinity.IsNegativeInfinity);
        Assert.True(Decimal128.NegativeInfinity.IsInfinity);
        Assert.False(Decimal128.NegativeInfinity.IsNaN);
        Assert.True(Decimal128.Parse("-0").IsZero);
        Assert.True(Decimal128.Parse("-0").IsNegative);
        Assert.False(Decimal128.Parse("1E-6176").IsZero);
        Assert.False(Decimal128.PositiveInfinity.IsZero);
        Assert.True(Decimal128.One.IsFinite);
    }

    [Fact]
    public void GetExponentAndCoefficient_NonFinite_Throw()
    {
        Assert.Throws<InvalidOperationException>(() => Decimal128.NaN.GetExponent());
        Assert.Throws<InvalidOperationException>(() => Decimal128.PositiveInfinity.GetCoefficient());
    }

    [Fact]
    public void Create_BuildsExactValue()
    {
        var value = Decimal128.Create(true, 12345, -2);

        Assert.Equal("-123.45", value.ToString());
        Assert.Equal(Decimal128.MaxValue, Decimal128.Create(false, UInt128.Parse("9999999999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture), 6111));
    }

    [Fact]
    public void Create_OutOfRange_Throws()
    {
        var tooManyDigits = UInt128.Parse("10000000000000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentOutOfRangeException>(() => Decimal128.Create(false, tooManyDigits, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Decimal128.Create(false, 1, 6112));
        Assert.Throws<ArgumentOutOfRangeException>(() => Decimal128.Create(false, 1, -6177));
    }

    [Fact]
    public void NegateAndAbs_FlipOrClearSignOnly()
    {
        var value = Decimal128.Parse("1.50");

        Assert.Equal("-1.50", Decimal128.Negate(value).ToString());
        Assert.Equal("1.50", Decimal128.Abs(Decimal128.Negate(value)).ToString());
        Assert.Equal("-0E+3", Decimal128.Negate(Decimal128.Parse("0E+3")).ToString());
        Assert.Equal(Decimal128.NegativeInfinity, Decimal128.Negate(Decimal128.PositiveInfinity));
        Assert.Equal(Decimal128.NaN, Decimal128.Abs(Decimal128.NegativeNaN));
    }
}
