namespace MongoPatterns.Bson.Tests.Decimal;

public sealed class Decimal128AllocationTests
{
    [Fact]
    public void HotPaths_DoNotAllocate()
    {
        RunHotPaths();
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var i = 0; i < 100; i++)
        {
            RunHotPaths();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void RunHotPaths()
    {
        Span<char> chars = stackalloc char[64];
        Span<byte> bytes = stackalloc byte[64];
        ReadOnlySpan<string> inputs = ["-1234.5678E+20", "0.000001234567890123456789012345678901234", "NaN", "1E-6176"];
        foreach (var input in inputs)
        {
            var value = Decimal128.Parse(input.AsSpan());
            value.TryFormat(chars, out _);
            value.TryFormat(bytes, out _);
            _ = value.ToDouble();
            _ = Decimal128.Compare(value, 0.5);
            _ = Decimal128.Compare(value, 12L);
            _ = Decimal128.Compare(value, Decimal128.One);
        }

        _ = Decimal128.Compare(Decimal128.Parse("0.125".AsSpan()), 0.125);
        _ = new Decimal128(0.1);
        _ = new Decimal128(12.5m).ToDecimal();
    }
}
