using MongoPatterns.Driver;

namespace MongoPatterns.Driver.Tests.Configuration;

public sealed class MongoClientSettingsFormattingTests
{
    [Fact]
    public void ToString_Defaults_IsLocalhost() =>
        Assert.Equal("mongodb://localhost:27017", new MongoClientSettings().ToString());

    [Fact]
    public void ToString_Secrets_AreReplacedByStars()
    {
        var settings = MongoClientSettings.Parse(
            "mongodb://u:hunter2@host/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:tok3n"
            + "&proxyHost=proxy&proxyUsername=pu&proxyPassword=pp-secret&tlsCertificateKeyFilePassword=key-secret");

        var text = settings.ToString();

        Assert.StartsWith("mongodb://u:*****@host:27017/?", text, StringComparison.Ordinal);
        foreach (var secret in new[] { "hunter2", "tok3n", "pp-secret", "key-secret" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        Assert.Contains("AWS_SESSION_TOKEN:*****", text, StringComparison.Ordinal);
        Assert.Contains("proxyPassword=*****", text, StringComparison.Ordinal);
        Assert.Contains("tlsCertificateKeyFilePassword=*****", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_RecordPrinting_NeverShowsPassword()
    {
        var settings = MongoClientSettings.Parse("mongodb://u:hunter2@host");

        Assert.DoesNotContain("hunter2", settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", $"{settings}", StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", settings.Credential!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mongodb://localhost:27017")]
    [InlineData("mongodb://[fe80::1%25eth0]:27017")]
    [InlineData("mongodb://%40l%3Ace%2F%3D:p%40ss%3Aw%2Ford@example.com:27017/my%3Ddb")]
    [InlineData("mongodb://a:1,b:2,[::1]:3,%2Ftmp%2Fmongodb-27017.sock/admin?replicaSet=rs&readPreference=nearest&readPreferenceTags=dc:ny,rack:1&readPreferenceTags=&maxStalenessSeconds=200")]
    [InlineData("mongodb+srv://cluster.example.com/?tls=false&srvMaxHosts=2&srvServiceName=svc")]
    [InlineData("mongodb://user%40REALM@host/?authMechanism=GSSAPI&authMechanismProperties=SERVICE_NAME:other,CANONICALIZE_HOST_NAME:forward")]
    [InlineData("mongodb://u:p@host/?w=2&wTimeoutMS=100&journal=true&readConcernLevel=snapshot&compressors=zlib,snappy&zlibCompressionLevel=7")]
    [InlineData("mongodb://host/?directConnection=true&connectTimeoutMS=1&socketTimeoutMS=2&serverSelectionTimeoutMS=3&heartbeatFrequencyMS=600&localThresholdMS=5&maxIdleTimeMS=6&waitQueueTimeoutMS=7&timeoutMS=0")]
    [InlineData("mongodb://host/?loadBalanced=true&tlsInsecure=true&tls=true&retryReads=false&maxAdaptiveRetries=0&enableOverloadRetargeting=true&serverMonitoringMode=stream&appName=my%20app")]
    [InlineData("mongodb://host/?proxyHost=proxy.local&proxyPort=1081&proxyUsername=pu&proxyPassword=pp&tlsCertificateKeyFilePassword=k")]
    public void ToConnectionString_ParsedBack_GivesTheSameSettings(string connectionString)
    {
        var settings = MongoClientSettings.Parse(connectionString);
        var formatted = settings.ToConnectionString(redactSecrets: false);
        var reparsed = MongoClientSettings.Parse(formatted);

        Assert.Equal(formatted, reparsed.ToConnectionString(redactSecrets: false));
        Assert.Equal(settings.Hosts, reparsed.Hosts);
        Assert.Equal(settings.Credential?.Password, reparsed.Credential?.Password);
        Assert.Equal(settings.Credential?.Username, reparsed.Credential?.Username);
        Assert.Equal(settings.Credential?.Source, reparsed.Credential?.Source);
        Assert.Equal(settings.DatabaseName, reparsed.DatabaseName);
        Assert.Equal(settings.WriteConcern, reparsed.WriteConcern);
        Assert.Equal(settings.ReadConcern, reparsed.ReadConcern);
        Assert.Equal(settings.ReadPreference.ToString(), reparsed.ReadPreference.ToString());
        Assert.Equal(settings.UseTls, reparsed.UseTls);
        Assert.Empty(reparsed.Warnings);
    }

    [Fact]
    public void ToString_SettingsBuiltInCode_IsAParsableConnectionString()
    {
        var settings = new MongoClientSettings
        {
            Hosts = [new MongoServerAddress("db1.example.com"), new MongoServerAddress("db2.example.com", 27018)],
            Credential = new MongoCredential { Username = "app", Password = "pw", Mechanism = AuthenticationMechanismNames.ScramSha256 },
            ReplicaSet = "rs0",
            WriteConcern = WriteConcern.WMajority,
            ReadPreference = ReadPreference.SecondaryPreferred,
        };

        Assert.Equal(
            "mongodb://app:*****@db1.example.com:27017,db2.example.com:27018/?authMechanism=SCRAM-SHA-256&replicaSet=rs0&w=majority&readPreference=secondaryPreferred",
            settings.ToString());
        Assert.Equal("admin", MongoClientSettings.Parse(settings.ToConnectionString(redactSecrets: false)).Credential!.Source);
    }
}
