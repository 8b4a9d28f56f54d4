using MongoPatterns.Driver;

namespace MongoPatterns.Driver.Tests.Configuration;

public sealed class PercentEncodingTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a%2Fb", "a/b")]
    [InlineData("%e2%82%ac", "€")]
    [InlineData("b%C3%BCcher%20x", "bücher x")]
    [InlineData("ü%20", "ü ")]
    [InlineData("a+b", "a+b")]
    public void TryDecode_ValidText_Decodes(string encoded, string expected)
    {
        Assert.True(PercentEncoding.TryDecode(encoded, out var decoded));
        Assert.Equal(expected, decoded);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("%2")]
    [InlineData("%zz")]
    [InlineData("%C3")]
    [InlineData("%FF%FF")]
    public void TryDecode_InvalidText_Fails(string encoded) =>
        Assert.False(PercentEncoding.TryDecode(encoded, out _));

    [Fact]
    public void Encode_ReservedCharacters_AreEscaped() =>
        Assert.Equal("%40%3A%2F%2C%3D%20%C3%BC-._~", PercentEncoding.Encode("@:/,= ü-._~"));
}
