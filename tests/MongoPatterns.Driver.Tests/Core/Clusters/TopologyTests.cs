using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Fakes;

namespace MongoPatterns.Driver.Tests.Core.Clusters;

/// <summary>Discovery and selection across several scripted servers: replica set primaries, secondaries and host lists.</summary>
public sealed class TopologyTests
{
    private static readonly BsonDocument Ping = new("ping", 1);

    [Fact]
    public async Task ReplicaSet_SeedIsASecondary_DiscoversThePrimaryAndWritesThere()
    {
        await using var primary = new FakeMongoServer();
        await using var secondary = new FakeMongoServer();
        var hosts = new BsonArray { $"127.0.0.1:{primary.Port}", $"127.0.0.1:{secondary.Port}" };
        primary.Hello.Set("setName", "rs0").Set("hosts", hosts).Set("primary", $"127.0.0.1:{primary.Port}").Set("me", $"127.0.0.1:{primary.Port}");
        secondary.Hello.Set("setName", "rs0").Set("hosts", hosts).Set("primary", $"127.0.0.1:{primary.Port}").Set("me", $"127.0.0.1:{secondary.Port}")
            .Set("ismaster", false).Set("isWritablePrimary", false).Set("secondary", true);
        var events = new EventCollector();
        await using var client = new MongoClient($"mongodb://127.0.0.1:{secondary.Port}/?replicaSet=rs0&heartbeatFrequencyMS=500&serverSelectionTimeoutMS=5000", new MongoClientOptions { EventSubscriber = events });
        var collection = client.GetDatabase("db").GetCollection<BsonDocument>("items");

        await collection.InsertOneAsync(new BsonDocument("a", 1));
        await collection.WithReadPreference(ReadPreference.Secondary).Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();

        Assert.Single(primary.Commands("insert"));
        Assert.Empty(secondary.Commands("insert"));
        var find = Assert.Single(secondary.Commands("find"));
        Assert.Equal("secondary", find.Body["$readPreference"]["mode"].AsString);
    }

    [Fact]
    public async Task ReplicaSet_PrimaryReadWithPrimaryPreference_SendsNoReadPreference()
    {
        await using var primary = new FakeMongoServer();
        primary.Hello.Set("setName", "rs0").Set("hosts", new BsonArray { $"127.0.0.1:{primary.Port}" });
        await using var client = new MongoClient($"mongodb://127.0.0.1:{primary.Port}/?replicaSet=rs0&heartbeatFrequencyMS=500");

        await client.GetDatabase("db").GetCollection<BsonDocument>("items").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();

        Assert.False(primary.Commands("find")[0].Body.Contains("$readPreference"));
    }

    [Fact]
    public async Task ReplicaSet_WrongSetName_IsNeverSelected()
    {
        await using var server = new FakeMongoServer();
        server.Hello.Set("setName", "other");
        await using var client = new MongoClient($"mongodb://127.0.0.1:{server.Port}/?replicaSet=rs0&serverSelectionTimeoutMS=800&heartbeatFrequencyMS=500");

        await Assert.ThrowsAsync<MongoTimeoutException>(() => client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping));
    }

    [Fact]
    public async Task Mongos_SeveralRouters_WritesGoToAnyOfThem()
    {
        await using var first = new FakeMongoServer();
        await using var second = new FakeMongoServer();
        first.Hello.Set("msg", "isdbgrid");
        second.Hello.Set("msg", "isdbgrid");
        await using var client = new MongoClient($"mongodb://127.0.0.1:{first.Port},127.0.0.1:{second.Port}/?heartbeatFrequencyMS=500&localThresholdMS=1000");
        var collection = client.GetDatabase("db").GetCollection<BsonDocument>("items");

        for (var i = 0; i < 20; i++)
        {
            await collection.InsertOneAsync(new BsonDocument("i", i));
        }

        Assert.Equal(20, first.Commands("insert").Count + second.Commands("insert").Count);
    }

    [Fact]
    public void SrvConnectionString_IsNotSupportedYet()
    {
        var exception = Assert.Throws<NotSupportedException>(() => new MongoClient("mongodb+srv://cluster.example.com/"));

        Assert.StartsWith("SRV lookup is not yet supported", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadBalanced_IsNotSupportedYet() =>
        Assert.Throws<NotSupportedException>(() => new MongoClient("mongodb://lb.example.com/?loadBalanced=true"));

    [Theory]
    [InlineData("GSSAPI")]
    [InlineData("MONGODB-AWS")]
    public void UnsupportedMechanism_IsRejectedWhenTheClientIsCreated(string mechanism)
    {
        var exception = Assert.Throws<NotSupportedException>(() => new MongoClient($"mongodb://user:pw@localhost/?authMechanism={mechanism}&authSource=$external"));

        Assert.Contains(mechanism, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", exception.Message, StringComparison.Ordinal);
    }
}
