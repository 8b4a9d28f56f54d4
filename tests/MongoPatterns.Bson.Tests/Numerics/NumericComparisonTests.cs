namespace MongoPatterns.Bson.Tests.Numerics;

/// <summary>The comparer's numeric rules on top of the <see cref="Decimal128"/> comparison API.</summary>
public sealed class NumericComparisonTests
{
    private static readonly BsonValueComparer Comparer = BsonValueComparer.Instance;

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-42L)]
    [InlineData(1L << 53)]
    [InlineData(long.MinValue)]
    public void Int64_ExactlyRepresentableAsDouble_HashesAsThatDouble(long value)
    {
        Assert.Equal(((double)value).GetHashCode(), Comparer.GetHashCode(value));
        Assert.Equal(Comparer.GetHashCode((double)value), Comparer.GetHashCode(value));
    }

    [Theory]
    [InlineData((1L << 53) + 1)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue + 1)]
    public void Int64_NotRepresentableAsDouble_HashesAsTheLongAndAsTheEqualDecimal(long value)
    {
        Assert.Equal(value.GetHashCode(), Comparer.GetHashCode(value));
        Assert.Equal(Comparer.GetHashCode(new BsonDecimal128(new Decimal128(value))), Comparer.GetHashCode(value));
    }

    [Fact]
    public void Int32_HashesAsTheEqualDouble()
    {
        Assert.Equal(3.0.GetHashCode(), Comparer.GetHashCode(3));
        Assert.Equal(Comparer.GetHashCode(-0.0), Comparer.GetHashCode(0));
    }

    [Fact]
    public void Decimal_HashesThroughGetNumericHashCode()
    {
        var value = Decimal128.Parse("2.50");

        Assert.Equal(value.GetNumericHashCode(), Comparer.GetHashCode(new BsonDecimal128(value)));
        Assert.Equal(Comparer.GetHashCode(2.5), Comparer.GetHashCode(new BsonDecimal128(value)));
    }

    [Fact]
    public void DecimalAgainstEveryOtherNumericType_ComparesByValueInBothDirections()
    {
        BsonValue decimalTwo = Decimal128.Parse("2.0");

        foreach (BsonValue smaller in new BsonValue[] { 1, 1L, 1.5, Decimal128.Parse("1.99") })
        {
            Assert.Equal(-1, Comparer.Compare(smaller, decimalTwo));
            Assert.Equal(1, Comparer.Compare(decimalTwo, smaller));
        }

        foreach (BsonValue equal in new BsonValue[] { 2, 2L, 2.0, Decimal128.Parse("2.000") })
        {
            Assert.Equal(0, Comparer.Compare(equal, decimalTwo));
            Assert.Equal(0, Comparer.Compare(decimalTwo, equal));
            Assert.Equal(Comparer.GetHashCode(equal), Comparer.GetHashCode(decimalTwo));
        }
    }

    [Fact]
    public void ImplicitDecimalConversion_KeepsTheScale()
    {
        BsonValue value = 2.50m;

        var decimal128 = Assert.IsType<BsonDecimal128>(value);
        Assert.Equal("2.50", decimal128.ToString());
        Assert.Equal(2.5, value.ToDouble());
    }

    [Fact]
    public void CreateWithADecimal_ReturnsBsonDecimal128_AndIntegersStayIntegers()
    {
        Assert.Equal(Decimal128.Parse("-0.001"), Assert.IsType<BsonDecimal128>(BsonValue.Create(-0.001m)).Value);
        Assert.IsType<BsonInt32>(BsonValue.Create(5));
        Assert.IsType<BsonInt64>(BsonValue.Create(5L));
    }

    [Fact]
    public void BsonDecimal128Conversions_UseTheDecimal128Api()
    {
        var value = new BsonDecimal128(Decimal128.Parse("-12.75"));

        Assert.Equal(-12.75, value.ToDouble());
        Assert.Equal(-12, value.ToInt32());
        Assert.Equal(-12L, value.ToInt64());
        Assert.True(value.ToBoolean());
        Assert.False(new BsonDecimal128(Decimal128.Parse("-0E+10")).ToBoolean());
        Assert.True(new BsonDecimal128(Decimal128.NaN).ToBoolean());
        Assert.Throws<OverflowException>(() => new BsonDecimal128(Decimal128.Parse("1E+10")).ToInt32());
    }
}
