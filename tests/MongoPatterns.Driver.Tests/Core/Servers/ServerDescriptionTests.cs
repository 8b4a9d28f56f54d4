using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Servers;

namespace MongoPatterns.Driver.Tests.Core.Servers;

/// <summary>Server types and limits from hello replies (SDAM).</summary>
public sealed class ServerDescriptionTests
{
    private static readonly MongoServerAddress Address = new("localhost", 27017);

    [Theory]
    [InlineData("""{ "ok": 1, "ismaster": true, "maxWireVersion": 21 }""", "Standalone")]
    [InlineData("""{ "ok": 1, "isWritablePrimary": true, "msg": "isdbgrid", "maxWireVersion": 21 }""", "Mongos")]
    [InlineData("""{ "ok": 1, "isWritablePrimary": true, "setName": "rs", "maxWireVersion": 21 }""", "RSPrimary")]
    [InlineData("""{ "ok": 1, "secondary": true, "setName": "rs", "maxWireVersion": 21 }""", "RSSecondary")]
    [InlineData("""{ "ok": 1, "arbiterOnly": true, "setName": "rs", "maxWireVersion": 21 }""", "RSArbiter")]
    [InlineData("""{ "ok": 1, "hidden": true, "setName": "rs", "maxWireVersion": 21 }""", "RSOther")]
    [InlineData("""{ "ok": 1, "isreplicaset": true, "maxWireVersion": 21 }""", "RSGhost")]
    [InlineData("""{ "ok": 0 }""", "Unknown")]
    public void FromHello_ClassifiesTheServer(string reply, string expected) =>
        Assert.Equal(Enum.Parse<ServerType>(expected), ServerDescription.FromHello(Address, BsonDocument.Parse(reply), null).Type);

    [Fact]
    public void FromHello_ReadsLimitsSessionsAndMembers()
    {
        var reply = BsonDocument.Parse("""
            { "ok": 1, "isWritablePrimary": true, "setName": "rs", "hosts": ["A:1", "b:2"], "passives": ["c:3"], "tags": { "dc": "east" },
              "maxBsonObjectSize": 1000, "maxMessageSizeBytes": 5000, "maxWriteBatchSize": 7, "logicalSessionTimeoutMinutes": 30,
              "minWireVersion": 0, "maxWireVersion": 21, "connectionId": 12, "helloOk": true, "me": "A:1" }
            """);

        var description = ServerDescription.FromHello(Address, reply, TimeSpan.FromMilliseconds(3));

        Assert.Equal(1000, description.MaxBsonObjectSize);
        Assert.Equal(5000, description.MaxMessageSize);
        Assert.Equal(7, description.MaxWriteBatchSize);
        Assert.Equal(TimeSpan.FromMinutes(30), description.LogicalSessionTimeout);
        Assert.Equal(12, description.ServerConnectionId);
        Assert.True(description.HelloOk);
        Assert.Equal(["a:1", "b:2", "c:3"], description.Members);
        Assert.Equal("east", description.Tags["dc"]);
        Assert.Equal("a:1", description.Me);
        Assert.True(description.IsWritable);
        Assert.Null(description.CompatibilityError);
    }

    [Fact]
    public void FromHello_DefaultsLimitsWhenAbsent()
    {
        var description = ServerDescription.FromHello(Address, BsonDocument.Parse("""{ "ok": 1, "maxWireVersion": 21 }"""), null);

        Assert.Equal(16 * 1024 * 1024, description.MaxBsonObjectSize);
        Assert.Equal(48_000_000, description.MaxMessageSize);
        Assert.Equal(100_000, description.MaxWriteBatchSize);
        Assert.Null(description.LogicalSessionTimeout);
    }

    [Theory]
    [InlineData(0, 7, "MongoDB 4.2")]
    [InlineData(31, 40, "Upgrade the driver")]
    public void CompatibilityError_OutOfRangeWireVersions_SaysWhatToUpgrade(int min, int max, string expected)
    {
        var description = ServerDescription.FromHello(Address, new BsonDocument { { "ok", 1 }, { "minWireVersion", min }, { "maxWireVersion", max } }, null);

        Assert.Contains(expected, description.CompatibilityError, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ListsTypeRoundTripAndLastError()
    {
        var text = ServerDescription.Unknown(Address, new IOException("refused")).ToString();

        Assert.Equal("{ address: localhost:27017, type: Unknown, lastError: \"refused\" }", text);
    }
}
