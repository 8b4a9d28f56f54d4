using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Query;
using MongoPatterns.Embedded.Updates;

namespace MongoPatterns.Embedded.Tests.Updates;

public sealed class ArithmeticTests
{
    [Theory]
    [InlineData("1", "-1", "0")]
    [InlineData("0.1", "0.2", "0.3")]
    [InlineData("1E+10", "1", "10000000001")]
    [InlineData("9999999999999999999999999999999999", "0.5", "1.000000000000000000000000000000000E+34")]
    [InlineData("9999999999999999999999999999999999", "0.4", "9999999999999999999999999999999999")]
    [InlineData("1234567890123456789012345678901234", "0.5", "1234567890123456789012345678901234")]
    [InlineData("1234567890123456789012345678901235", "0.5", "1234567890123456789012345678901236")]
    [InlineData("NaN", "1", "NaN")]
    [InlineData("Infinity", "-Infinity", "NaN")]
    [InlineData("Infinity", "5", "Infinity")]
    public void DecimalAdd(string x, string y, string expected) =>
        Assert.Equal(Decimal128.Parse(expected).ToString(), DecimalMath.Add(Decimal128.Parse(x), Decimal128.Parse(y)).ToString());

    [Theory]
    [InlineData("1.5", "2", "3.0")]
    [InlineData("-2", "3", "-6")]
    [InlineData("Infinity", "0", "NaN")]
    [InlineData("Infinity", "-2", "-Infinity")]
    [InlineData("0.1", "0.1", "0.01")]
    public void DecimalMultiply(string x, string y, string expected) =>
        Assert.Equal(Decimal128.Parse(expected).ToString(), DecimalMath.Multiply(Decimal128.Parse(x), Decimal128.Parse(y)).ToString());

    [Theory]
    [InlineData("1", "2", "3")]
    [InlineData("2147483647", "1", "NumberLong(2147483648)")]
    [InlineData("NumberLong(1)", "1", "NumberLong(2)")]
    [InlineData("1", "1.5", "2.5")]
    [InlineData("NumberLong(1)", "NumberDecimal('1.5')", "NumberDecimal('2.5')")]
    [InlineData("NumberLong(-9223372036854775808)", "-1", null)]
    public void Add_FollowsTypeRules(string x, string y, string? expected)
    {
        var result = NumericArithmetic.Add(Shell.Value(x), Shell.Value(y));
        if (expected is null)
        {
            Assert.Null(result);
        }
        else
        {
            TestSupport.AssertBsonEqual(Shell.Value(expected), result!);
        }
    }

    [Theory]
    [InlineData("65536", "65536", "NumberLong(4294967296)")]
    [InlineData("NumberLong(4294967296)", "NumberLong(4294967296)", null)]
    [InlineData("NumberLong(-4611686018427387904)", "2", "NumberLong(-9223372036854775808)")]
    [InlineData("3", "0.5", "1.5")]
    public void Multiply_FollowsTypeRules(string x, string y, string? expected)
    {
        var result = NumericArithmetic.Multiply(Shell.Value(x), Shell.Value(y));
        if (expected is null)
        {
            Assert.Null(result);
        }
        else
        {
            TestSupport.AssertBsonEqual(Shell.Value(expected), result!);
        }
    }

    [Fact]
    public void FieldNameComparer_NumericNamesInNumericOrder()
    {
        var names = new List<string> { "b", "10", "a", "9", "2", "B" };
        names.Sort(FieldNameComparer.Instance);
        Assert.Equal(["2", "9", "10", "B", "a", "b"], names);
    }
}
