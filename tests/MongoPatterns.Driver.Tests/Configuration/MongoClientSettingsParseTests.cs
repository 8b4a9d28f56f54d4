using MongoPatterns.Driver;

namespace MongoPatterns.Driver.Tests.Configuration;

public sealed class MongoClientSettingsParseTests
{
    private const string Secret = "s3cr3t-Pa55";

    [Fact]
    public void Parse_NullConnectionString_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => MongoClientSettings.Parse(null!));

    [Fact]
    public void Parse_FullConnectionString_FillsTypedProperties()
    {
        var settings = MongoClientSettings.Parse(
            "mongodb://alice:pw@db1.example.com:27018,[::1],127.0.0.1/orders?replicaSet=rs0&appName=billing"
            + "&connectTimeoutMS=2500&socketTimeoutMS=0&maxPoolSize=50&minPoolSize=5&maxConnecting=4&timeoutMS=1500"
            + "&readPreference=secondaryPreferred&readPreferenceTags=dc:ny,rack:1&readPreferenceTags=&maxStalenessSeconds=120"
            + "&readConcernLevel=majority&w=majority&wTimeoutMS=2000&journal=true&retryWrites=false&compressors=zstd,snappy"
            + "&serverMonitoringMode=poll&tls=true&tlsCAFile=%2Fetc%2Fca.pem");

        Assert.Equal(ConnectionStringScheme.Standard, settings.Scheme);
        Assert.Equal(["db1.example.com:27018", "[::1]:27017", "127.0.0.1:27017"], settings.Hosts.Select(host => host.ToString()));
        Assert.Equal([MongoHostType.HostName, MongoHostType.IPLiteral, MongoHostType.IPv4], settings.Hosts.Select(host => host.HostType));
        Assert.Equal("alice", settings.Credential!.Username);
        Assert.Equal("pw", settings.Credential.Password);
        Assert.Equal("orders", settings.Credential.Source);
        Assert.Null(settings.Credential.Mechanism);
        Assert.Equal("orders", settings.DatabaseName);
        Assert.Equal("rs0", settings.ReplicaSet);
        Assert.Equal("billing", settings.ApplicationName);
        Assert.Equal(TimeSpan.FromMilliseconds(2500), settings.ConnectTimeout);
        Assert.Equal(TimeSpan.Zero, settings.SocketTimeout);
        Assert.Equal((50, 5, 4), (settings.MaxPoolSize, settings.MinPoolSize, settings.MaxConnecting));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), settings.Timeout);
        Assert.Equal(ReadPreferenceMode.SecondaryPreferred, settings.ReadPreference.Mode);
        Assert.Equal(2, settings.ReadPreference.TagSets.Count);
        Assert.Equal("1", settings.ReadPreference.TagSets[0]["rack"]);
        Assert.Empty(settings.ReadPreference.TagSets[1]);
        Assert.Equal(TimeSpan.FromSeconds(120), settings.ReadPreference.MaxStaleness);
        Assert.Equal(ReadConcern.Majority, settings.ReadConcern);
        Assert.True(settings.WriteConcern.W!.Value.IsMajority);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.WriteConcern.WTimeout);
        Assert.True(settings.WriteConcern.Journal);
        Assert.False(settings.RetryWrites);
        Assert.Equal(["zstd", "snappy"], settings.Compressors);
        Assert.Equal(ServerMonitoringMode.Poll, settings.ServerMonitoringMode);
        Assert.True(settings.UseTls);
        Assert.Equal("/etc/ca.pem", settings.TlsCAFile);
        Assert.Empty(settings.Warnings);
    }

    [Fact]
    public void Parse_UnixSocketPath_IsPercentDecodedAndHasNoPort()
    {
        var host = Assert.Single(MongoClientSettings.Parse("mongodb://%2Ftmp%2Fmongodb-27017.sock/?w=1").Hosts);

        Assert.Equal("/tmp/mongodb-27017.sock", host.Host);
        Assert.Equal(MongoHostType.UnixDomainSocket, host.HostType);
        Assert.Equal("/tmp/mongodb-27017.sock", host.ToString());
    }

    [Fact]
    public void Parse_PercentEncodedUtf8_IsDecoded() =>
        Assert.Equal("bücher", MongoClientSettings.Parse("mongodb://localhost/b%C3%BCcher").DatabaseName);

    [Theory]
    [InlineData("mongodb://localhost/b%C3")]
    [InlineData("mongodb://localhost/%zz")]
    [InlineData("mongodb://localhost/?appName=%")]
    [InlineData("mongodb://local host")]
    [InlineData("mongodb://host:1/db?replicaSet=a&=b")]
    [InlineData("mongodb://[::1")]
    [InlineData("mongodb://[not-ipv6]")]
    [InlineData("mongodb://%2Ftmp%2Fmongodb.socket")]
    [InlineData("mongodb://host/my$db")]
    [InlineData("http://localhost")]
    public void Parse_MalformedConnectionString_ThrowsMongoConfigurationException(string connectionString) =>
        Assert.Throws<MongoConfigurationException>(() => MongoClientSettings.Parse(connectionString));

    [Theory]
    [InlineData("mongodb://user:" + Secret + "@host:99999")]
    [InlineData("mongodb://user:" + Secret + "@host/?authMechanism=MONGODB-X509")]
    [InlineData("mongodb://user:" + Secret + "@host/?authMechanism=BOGUS")]
    [InlineData("mongodb://user:" + Secret + "@host/?authMechanismProperties=A:B")]
    [InlineData("mongodb://user:" + Secret + "@host/?w=0&journal=true")]
    [InlineData("mongodb://user:" + Secret + ":x@host")]
    [InlineData("mongodb://user:" + Secret + "%@host")]
    [InlineData("mongodb://user:" + Secret + "@host/?proxyPassword=" + Secret)]
    [InlineData("mongodb://host/?proxyHost=p&proxyUsername=u&proxyPassword=" + Secret + "&proxyPassword=" + Secret)]
    public void Parse_InvalidConnectionString_MessageNeverContainsThePassword(string connectionString)
    {
        var exception = Assert.Throws<MongoConfigurationException>(() => MongoClientSettings.Parse(connectionString));

        Assert.DoesNotContain(Secret, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("Invalid connection string.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidSecretOptionValue_WarningDoesNotRepeatTheValue()
    {
        var settings = MongoClientSettings.Parse("mongodb://u:p@host/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:" + Secret + ",junk");

        var warning = Assert.Single(settings.Warnings);
        Assert.DoesNotContain(Secret, warning, StringComparison.Ordinal);
        Assert.Equal(Secret, settings.Credential!.MechanismProperties["aws_session_token"]);
    }

    [Fact]
    public void TryParse_InvalidConnectionString_ReturnsFalseWithReason()
    {
        Assert.False(MongoClientSettings.TryParse("mongodb://host:0", out var settings, out var error));
        Assert.Null(settings);
        Assert.Contains("port", error, StringComparison.OrdinalIgnoreCase);
        Assert.False(MongoClientSettings.TryParse(null, out _, out _));
    }

    [Fact]
    public void TryParse_ValidConnectionString_ReturnsSettings()
    {
        Assert.True(MongoClientSettings.TryParse("mongodb://localhost", out var settings, out var error));
        Assert.Null(error);
        Assert.Equal("localhost", settings.Hosts[0].Host);
    }

    [Fact]
    public void Parse_RepeatedOption_LastValueWinsWithWarning()
    {
        var settings = MongoClientSettings.Parse("mongodb://host/?maxPoolSize=10&maxPoolSize=20");

        Assert.Equal(20, settings.MaxPoolSize);
        Assert.Contains("maxPoolSize", Assert.Single(settings.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownCompressor_IsDroppedWithWarning()
    {
        var settings = MongoClientSettings.Parse("mongodb://host/?compressors=lz4,zlib");

        Assert.Equal(["zlib"], settings.Compressors);
        Assert.Contains("lz4", Assert.Single(settings.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeprecatedWTimeoutAlone_IsAppliedWithWarning()
    {
        var settings = MongoClientSettings.Parse("mongodb://host/?wtimeout=250");

        Assert.Equal(TimeSpan.FromMilliseconds(250), settings.WriteConcern.WTimeout);
        Assert.Single(settings.Warnings);
    }

    [Fact]
    public void Parse_OptionNamesAndBooleans_AreCaseInsensitive()
    {
        var settings = MongoClientSettings.Parse("mongodb://host/?RETRYREADS=FALSE&ReadPreference=NEAREST");

        Assert.False(settings.RetryReads);
        Assert.Equal(ReadPreferenceMode.Nearest, settings.ReadPreference.Mode);
    }

    [Theory]
    [InlineData("mongodb://host/?w=0&journal=true")]
    [InlineData("mongodb://host/?readPreferenceTags=dc:ny")]
    [InlineData("mongodb://host/?maxStalenessSeconds=120")]
    [InlineData("mongodb://host/?readPreference=secondary&maxStalenessSeconds=30")]
    [InlineData("mongodb://host/?minPoolSize=20&maxPoolSize=10")]
    [InlineData("mongodb+srv://cluster.example.com/?directConnection=true")]
    [InlineData("mongodb+srv://127.0.0.1")]
    [InlineData("mongodb://host/?authSource=")]
    public void Parse_ConflictingOptions_ThrowsMongoConfigurationException(string connectionString) =>
        Assert.Throws<MongoConfigurationException>(() => MongoClientSettings.Parse(connectionString));

    [Fact]
    public void Parse_MaxStalenessMinusOne_MeansNoLimit() =>
        Assert.Null(MongoClientSettings.Parse("mongodb://host/?readPreference=secondary&maxStalenessSeconds=-1").ReadPreference.MaxStaleness);

    [Fact]
    public void Parse_Srv_EnablesTlsAndRequiresLookup()
    {
        var settings = MongoClientSettings.Parse("mongodb+srv://cluster0.example.com/?srvServiceName=custom&srvMaxHosts=3");

        Assert.Equal(ConnectionStringScheme.Srv, settings.Scheme);
        Assert.True(settings.UseTls);
        Assert.True(settings.RequiresSrvLookup);
        Assert.Equal("custom", settings.SrvServiceName);
        Assert.Equal(3, settings.SrvMaxHosts);
        var exception = Assert.Throws<NotSupportedException>(settings.ThrowIfSrvLookupRequired);
        Assert.Contains("SRV lookup is not yet supported", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SrvWithTlsFalse_DisablesTls() =>
        Assert.False(MongoClientSettings.Parse("mongodb+srv://cluster0.example.com/?tls=false").UseTls);

    [Fact]
    public void Parse_StandardScheme_DoesNotRequireSrvLookup()
    {
        var settings = MongoClientSettings.Parse("mongodb://localhost");

        Assert.False(settings.RequiresSrvLookup);
        settings.ThrowIfSrvLookupRequired();
    }
}
