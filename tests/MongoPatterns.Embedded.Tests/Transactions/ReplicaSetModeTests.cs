using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Transactions;

public sealed class ReplicaSetModeTests
{
    [Fact]
    public async Task Hello_ReportsASingleMemberReplicaSetPrimary()
    {
        await using var server = await EmbeddedMongo.StartAsync(new EmbeddedMongoOptions { ReplicaSetName = "rs0" });
        await using var client = await WireTestClient.ConnectAsync(server);

        var hello = await client.RunOkAsync(new BsonDocument("hello", 1));

        var me = $"127.0.0.1:{server.Port}";
        Assert.Equal("rs0", hello["setName"].AsString);
        Assert.Equal(new BsonArray { me }, hello["hosts"]);
        Assert.Equal(me, hello["primary"].AsString);
        Assert.Equal(me, hello["me"].AsString);
        Assert.True(hello["isWritablePrimary"].AsBoolean);
        Assert.False(hello["secondary"].AsBoolean);
        Assert.True(hello.Contains("electionId"));
        Assert.True(hello.Contains("setVersion"));
        Assert.True(hello["lastWrite"].AsBsonDocument.Contains("opTime"));
        Assert.True(hello.Contains("logicalSessionTimeoutMinutes"));
        Assert.True(hello["$clusterTime"]["clusterTime"] is BsonTimestamp);
        Assert.Equal(0L, hello["$clusterTime"]["signature"]["keyId"].AsInt64);
        Assert.True(hello["operationTime"] is BsonTimestamp);
        Assert.EndsWith("/?replicaSet=rs0", server.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClusterTime_AdvancesWithWrites()
    {
        await using var server = await EmbeddedMongo.StartAsync(new EmbeddedMongoOptions { ReplicaSetName = "rs0" });
        await using var client = await WireTestClient.ConnectAsync(server);

        var before = (BsonTimestamp)(await client.RunOkAsync(new BsonDocument("ping", 1)))["operationTime"];
        var insert = await client.RunOkAsync(TransactionSession.Insert(new BsonDocument("_id", 1)), "db");

        Assert.True(((BsonTimestamp)insert["operationTime"]).Value > before.Value);
    }

    [Fact]
    public async Task Standalone_StillRejectsTransactionNumbersWithCode20()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        await using var client = await WireTestClient.ConnectAsync(server);
        var session = new TransactionSession(client, "db");

        var reply = await session.StartAsync(TransactionSession.Insert(new BsonDocument("_id", 1)));
        var hello = await client.RunOkAsync(new BsonDocument("hello", 1));

        Assert.Equal(20, reply["code"].AsInt32);
        Assert.False(hello.Contains("setName"));
        Assert.False(hello.Contains("$clusterTime"));
    }

    [Fact]
    public async Task ReplSetGetStatus_DescribesThePrimary()
    {
        await using var server = await EmbeddedMongo.StartAsync(new EmbeddedMongoOptions { ReplicaSetName = "rs0" });
        await using var client = await WireTestClient.ConnectAsync(server);

        var status = await client.RunOkAsync(new BsonDocument("replSetGetStatus", 1));

        Assert.Equal("rs0", status["set"].AsString);
        Assert.Equal("PRIMARY", status["members"][0]["stateStr"].AsString);
    }
}
