using MongoPatterns.Driver;

namespace MongoPatterns.Driver.Tests.Configuration;

public sealed class MongoServerAddressTests
{
    [Theory]
    [InlineData("db.example.com", MongoHostType.HostName, "db.example.com:27017")]
    [InlineData("10.0.0.1", MongoHostType.IPv4, "10.0.0.1:27017")]
    [InlineData("256.0.0.1", MongoHostType.HostName, "256.0.0.1:27017")]
    [InlineData("::1", MongoHostType.IPLiteral, "[::1]:27017")]
    [InlineData("[fe80::1]", MongoHostType.IPLiteral, "[fe80::1]:27017")]
    [InlineData("/tmp/mongodb-27017.sock", MongoHostType.UnixDomainSocket, "/tmp/mongodb-27017.sock")]
    public void Constructor_Host_InfersTypeAndFormats(string host, MongoHostType type, string text)
    {
        var address = new MongoServerAddress(host);

        Assert.Equal(type, address.HostType);
        Assert.Equal(text, address.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad host")]
    [InlineData("a,b")]
    public void Constructor_InvalidHost_Throws(string host) =>
        Assert.ThrowsAny<ArgumentException>(() => new MongoServerAddress(host));

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    public void Constructor_InvalidPort_Throws(int port) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MongoServerAddress("localhost", port));

    [Fact]
    public void Equals_HostNames_IgnoreCase()
    {
        Assert.Equal(new MongoServerAddress("DB.example.com"), new MongoServerAddress("db.EXAMPLE.com"));
        Assert.Equal(new MongoServerAddress("db.example.com").GetHashCode(), new MongoServerAddress("DB.EXAMPLE.COM").GetHashCode());
        Assert.NotEqual(new MongoServerAddress("db.example.com"), new MongoServerAddress("db.example.com", 27018));
    }
}
