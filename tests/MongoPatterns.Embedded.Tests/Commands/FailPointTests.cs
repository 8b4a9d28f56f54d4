using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Commands;

public class FailPointTests
{
    private static BsonDocument FailCommand(BsonValue mode, BsonDocument data) =>
        new() { { "configureFailPoint", "failCommand" }, { "mode", mode }, { "data", data } };

    private static BsonDocument InsertOne(int id) => new() { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument("_id", id) } } };

    [Fact]
    public async Task Times_FailsTheListedCommandThatManyTimes()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        await using var client = await WireTestClient.ConnectAsync(server);
        await client.RunOkAsync(FailCommand(new BsonDocument("times", 1), new BsonDocument { { "failCommands", new BsonArray { "insert" } }, { "errorCode", 8 }, { "errorLabels", new BsonArray { "RetryableWriteError" } } }));

        var failed = await client.RunAsync(InsertOne(1), "db");
        var succeeded = await client.RunAsync(InsertOne(1), "db");

        Assert.Equal(0.0, failed["ok"].AsDouble);
        Assert.Equal(8, failed["code"].AsInt32);
        Assert.Equal("UnknownError", failed["codeName"].AsString);
        Assert.Equal(new BsonArray { "RetryableWriteError" }, failed["errorLabels"]);
        Assert.Equal(1, succeeded["n"].AsInt32);
    }

    [Fact]
    public async Task WriteConcernError_IsAddedToASuccessfulReply()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        await using var client = await WireTestClient.ConnectAsync(server);
        await client.RunOkAsync(FailCommand("alwaysOn", new BsonDocument { { "failCommands", new BsonArray { "insert" } }, { "writeConcernError", new BsonDocument { { "code", 91 }, { "errmsg", "Replication is being shut down" } } } }));

        var reply = await client.RunAsync(InsertOne(1), "db");
        var off = await client.RunAsync(FailCommand("off", new BsonDocument()));

        Assert.Equal(["n", "writeConcernError", "ok"], reply.Names);
        Assert.Equal(91, reply["writeConcernError"]["code"].AsInt32);
        Assert.Equal(1L, off["count"].AsInt64);
    }

    [Fact]
    public async Task CloseConnection_ClosesWithoutAReply_AndAppNameFilters()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        await using var admin = await WireTestClient.ConnectAsync(server);
        await admin.RunOkAsync(FailCommand("alwaysOn", new BsonDocument { { "failCommands", new BsonArray { "ping" } }, { "closeConnection", true }, { "appName", "victim" } }));
        await using var victim = await WireTestClient.ConnectAsync(server);
        await victim.RunOkAsync(new BsonDocument { { "hello", 1 }, { "client", new BsonDocument("application", new BsonDocument("name", "victim")) } });

        var bystander = await admin.RunAsync(new BsonDocument("ping", 1));
        await victim.SendAsync(WireTestClient.BuildMessage(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, null, 0, false));

        Assert.Equal(1.0, bystander["ok"].AsDouble);
        Assert.True(await victim.IsClosedByServerAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task BlockConnection_BeyondMaxTimeMS_FailsWithMaxTimeMSExpired()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        await using var client = await WireTestClient.ConnectAsync(server);
        await client.RunOkAsync(FailCommand("alwaysOn", new BsonDocument { { "failCommands", new BsonArray { "find" } }, { "blockConnection", true }, { "blockTimeMS", 300 } }));

        var timedOut = await client.RunAsync(new BsonDocument { { "find", "c" }, { "maxTimeMS", 50 } }, "db");
        var blocked = await client.RunAsync(new BsonDocument("find", "c"), "db");

        Assert.Equal(50, timedOut["code"].AsInt32);
        Assert.Equal("MaxTimeMSExpired", timedOut["codeName"].AsString);
        Assert.Equal(1.0, blocked["ok"].AsDouble);
    }

    [Fact]
    public async Task ConfigureFailPoint_OutsideAdminOrUnknownName_IsRefused()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        await using var client = await WireTestClient.ConnectAsync(server);

        var notAdmin = await client.RunAsync(FailCommand("alwaysOn", new BsonDocument("failCommands", new BsonArray { "ping" })), "db");
        var unknown = await client.RunAsync(new BsonDocument { { "configureFailPoint", "nope" }, { "mode", "alwaysOn" } });

        Assert.Equal(13, notAdmin["code"].AsInt32);
        Assert.Equal(2, unknown["code"].AsInt32);
    }
}
