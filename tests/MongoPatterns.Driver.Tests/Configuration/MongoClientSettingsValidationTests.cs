using MongoPatterns.Driver;

namespace MongoPatterns.Driver.Tests.Configuration;

public sealed class MongoClientSettingsValidationTests
{
    [Fact]
    public void Defaults_AreTheDocumentedValues()
    {
        var settings = new MongoClientSettings();

        Assert.Equal("localhost:27017", Assert.Single(settings.Hosts).ToString());
        Assert.Equal(TimeSpan.FromSeconds(10), settings.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.ServerSelectionTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.HeartbeatFrequency);
        Assert.Equal(TimeSpan.FromMilliseconds(15), settings.LocalThreshold);
        Assert.Equal((100, 0, 2), (settings.MaxPoolSize, settings.MinPoolSize, settings.MaxConnecting));
        Assert.True(settings.RetryReads && settings.RetryWrites);
        Assert.False(settings.UseTls);
        Assert.Null(settings.Timeout);
        Assert.Null(settings.DirectConnection);
        Assert.Same(ReadPreference.Primary, settings.ReadPreference);
        Assert.True(settings.WriteConcern.IsServerDefault);
        Assert.True(settings.ReadConcern.IsServerDefault);
        Assert.Equal("mongodb", settings.SrvServiceName);
        Assert.Empty(settings.Warnings);
        settings.Validate();
    }

    [Fact]
    public void With_ChangesOnlyTheCopy()
    {
        var original = MongoClientSettings.Parse("mongodb://a,b/?replicaSet=rs");
        var copy = original with { MaxPoolSize = 7 };

        Assert.Equal(100, original.MaxPoolSize);
        Assert.Equal(7, copy.MaxPoolSize);
        Assert.Same(original.Hosts, copy.Hosts);
    }

    [Fact]
    public void Hosts_CallerListChangedLater_SettingsUnchanged()
    {
        var hosts = new List<MongoServerAddress> { new("a") };
        var settings = new MongoClientSettings { Hosts = hosts };

        hosts.Add(new MongoServerAddress("b"));

        Assert.Single(settings.Hosts);
    }

    [Fact]
    public void UseTls_WithSrvScheme_DefaultsToTrueUnlessSet()
    {
        var srv = new MongoClientSettings { Scheme = ConnectionStringScheme.Srv, Hosts = [new MongoServerAddress("cluster.example.com")] };

        Assert.True(srv.UseTls);
        Assert.False((srv with { UseTls = false }).UseTls);
    }

    public static TheoryData<MongoClientSettings> InvalidSettings => new()
    {
        new MongoClientSettings { Hosts = [] },
        new MongoClientSettings { Hosts = [new MongoServerAddress("a"), new MongoServerAddress("b")], DirectConnection = true },
        new MongoClientSettings { LoadBalanced = true, ReplicaSet = "rs" },
        new MongoClientSettings { Scheme = ConnectionStringScheme.Srv, Hosts = [new MongoServerAddress("a.example.com"), new MongoServerAddress("b.example.com")] },
        new MongoClientSettings { SrvMaxHosts = 2 },
        new MongoClientSettings { HeartbeatFrequency = TimeSpan.FromMilliseconds(100) },
        new MongoClientSettings { ConnectTimeout = TimeSpan.FromSeconds(-1) },
        new MongoClientSettings { MaxConnecting = 0 },
        new MongoClientSettings { MinPoolSize = 200 },
        new MongoClientSettings { ZlibCompressionLevel = 10 },
        new MongoClientSettings { Compressors = ["lz4"] },
        new MongoClientSettings { ApplicationName = new string('x', 129) },
        new MongoClientSettings { ProxyUsername = "u", ProxyPassword = "p" },
        new MongoClientSettings { ProxyHost = "proxy", ProxyUsername = "u" },
        new MongoClientSettings { Credential = new MongoCredential { Mechanism = AuthenticationMechanismNames.ScramSha256 } },
        new MongoClientSettings { Credential = new MongoCredential { Username = "u", Password = "p", Mechanism = "scram-sha-256" } },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_InconsistentSettings_ThrowsMongoConfigurationException(MongoClientSettings settings) =>
        Assert.Throws<MongoConfigurationException>(settings.Validate);

    [Fact]
    public void WriteConcern_UnacknowledgedWithJournal_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new WriteConcern(0, journal: true));

    [Fact]
    public void WriteConcern_Acknowledgement_FollowsW()
    {
        Assert.False(WriteConcern.Unacknowledged.IsAcknowledged);
        Assert.True(WriteConcern.Acknowledged.IsAcknowledged);
        Assert.True(new WriteConcern("dc-tag").IsAcknowledged);
        Assert.Equal("{ w: majority, wtimeout: 500, j: true }", new WriteConcern(WriteConcernW.Majority, TimeSpan.FromMilliseconds(500), true).ToString());
        Assert.Equal(2, ((WriteConcernW)2).Count);
        Assert.Null(((WriteConcernW)"majority").Count);
    }

    [Fact]
    public void ReadPreference_PrimaryWithTags_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ReadPreference(ReadPreferenceMode.Primary, [new Dictionary<string, string> { ["dc"] = "ny" }]));

    [Fact]
    public void ReadPreference_StalenessBelowNinetySeconds_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ReadPreference(ReadPreferenceMode.Secondary, maxStaleness: TimeSpan.FromSeconds(89)));

    [Fact]
    public void ReadConcern_EmptyLevel_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ReadConcern(string.Empty));
}
