using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

public sealed class ValueConversionTests
{
    public static TheoryData<object, Type, object> Exact => new()
    {
        { 5L, typeof(int), 5 },
        { 5.0, typeof(int), 5 },
        { 5, typeof(long), 5L },
        { 2, typeof(CustomerLevel), CustomerLevel.Silver },
        { 1, typeof(CustomerStatus?), CustomerStatus.Active },
        { 97, typeof(char), 'a' },
        { 'a', typeof(int), 97 },
        { 0.5f, typeof(double), 0.5 },
        { CustomerLevel.Gold, typeof(int), 3 },
        { 3, typeof(int?), 3 },
        { "text", typeof(string), "text" },
    };

    [Theory]
    [MemberData(nameof(Exact))]
    public void TryConvert_Lossless_Converts(object value, Type target, object expected)
    {
        Assert.True(ValueConversion.TryConvert(value, target, out var converted));
        Assert.Equal(expected, converted);
    }

    public static TheoryData<object, Type> Lossy => new()
    {
        { 5.5, typeof(int) },
        { long.MaxValue, typeof(int) },
        { -1, typeof(uint) },
        { 0.1, typeof(float) },
        { double.NaN, typeof(int) },
        { "5", typeof(int) },
        { CustomerLevel.Gold, typeof(CustomerStatus) },
        { 70000, typeof(char) },
    };

    [Theory]
    [MemberData(nameof(Lossy))]
    public void TryConvert_Lossy_Refuses(object value, Type target) => Assert.False(ValueConversion.TryConvert(value, target, out _));
}
