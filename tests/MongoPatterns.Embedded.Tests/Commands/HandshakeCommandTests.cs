using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Commands;

public class HandshakeCommandTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Hello_ReportsWritableStandalone70()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument { { "hello", 1 }, { "helloOk", true } });

        Assert.True(reply["isWritablePrimary"].AsBoolean);
        Assert.False(reply.Contains("ismaster"));
        Assert.Equal(16777216, reply["maxBsonObjectSize"].AsInt32);
        Assert.Equal(48000000, reply["maxMessageSizeBytes"].AsInt32);
        Assert.Equal(100000, reply["maxWriteBatchSize"].AsInt32);
        Assert.Equal(30, reply["logicalSessionTimeoutMinutes"].AsInt32);
        Assert.Equal(0, reply["minWireVersion"].AsInt32);
        Assert.Equal(21, reply["maxWireVersion"].AsInt32);
        Assert.False(reply["readOnly"].AsBoolean);
        Assert.True(reply["helloOk"].AsBoolean);
        Assert.True(reply["localTime"].IsBsonDateTime);
        Assert.True(reply["connectionId"].IsInt32);
        Assert.True(reply["topologyVersion"]["processId"].IsObjectId);
        Assert.False(reply.Contains("setName"));
        Assert.False(reply.Contains("compression"));
        Assert.Equal(1.0, reply["ok"].AsDouble);
    }

    [Fact]
    public async Task IsMaster_ReportsLegacyIsmasterField()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument("isMaster", 1));

        Assert.True(reply["ismaster"].AsBoolean);
        Assert.False(reply.Contains("isWritablePrimary"));
    }

    [Fact]
    public async Task LegacyOpQueryIsMaster_IsAnsweredWithOpReply()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.LegacyQueryAsync(new BsonDocument { { "isMaster", 1 }, { "client", new BsonDocument("application", new BsonDocument("name", "t")) } });

        Assert.True(reply["ismaster"].AsBoolean);
        Assert.Equal(21, reply["maxWireVersion"].AsInt32);
    }

    [Fact]
    public async Task Hello_ClientMetadataTwice_FailsWithClientMetadataCannotBeMutated()
    {
        await using var client = await fixture.ConnectAsync();
        var metadata = new BsonDocument("driver", new BsonDocument { { "name", "t" }, { "version", "1" } });

        var first = await client.RunAsync(new BsonDocument { { "hello", 1 }, { "client", metadata } });
        var second = await client.RunAsync(new BsonDocument { { "hello", 1 }, { "client", metadata } });

        Assert.Equal(1.0, first["ok"].AsDouble);
        Assert.Equal(186, second["code"].AsInt32);
    }

    [Fact]
    public async Task LegacyOpQueryFind_FailsWithUnsupportedOpQueryCommand()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.LegacyQueryAsync(new BsonDocument("find", "c"), "test");

        Assert.Equal(0.0, reply["ok"].AsDouble);
        Assert.Equal(352, reply["code"].AsInt32);
        Assert.Equal("UnsupportedOpQueryCommand", reply["codeName"].AsString);
    }

    [Fact]
    public async Task AwaitableHello_WaitsForMaxAwaitTime()
    {
        await using var client = await fixture.ConnectAsync();
        var first = await client.RunAsync(new BsonDocument("hello", 1));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var reply = await client.RunAsync(new BsonDocument { { "hello", 1 }, { "topologyVersion", first["topologyVersion"] }, { "maxAwaitTimeMS", 300 } });

        Assert.True(watch.ElapsedMilliseconds >= 250, $"replied after {watch.ElapsedMilliseconds} ms");
        Assert.True(reply["isWritablePrimary"].AsBoolean);
    }

    [Fact]
    public async Task Ping_RepliesOkAsDouble()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument("ping", 1));

        Assert.Equal(new BsonDocument("ok", 1.0), reply);
        Assert.True(reply["ok"].IsDouble);
    }

    [Fact]
    public async Task UnknownCommand_FailsWithCommandNotFound()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument("noSuchCommand", 1));

        Assert.Equal(new BsonDocument { { "ok", 0.0 }, { "errmsg", "no such command: 'noSuchCommand'" }, { "code", 59 }, { "codeName", "CommandNotFound" } }, reply);
    }

    [Fact]
    public async Task AtlasVersion_IsNotACommandOnANonAtlasServer()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument("atlasVersion", 1));

        Assert.Equal(59, reply["code"].AsInt32);
    }

    [Fact]
    public async Task MissingDb_FailsWith40571()
    {
        await using var client = await fixture.ConnectAsync();
        await client.SendAsync(WireTestClient.BuildMessage(new BsonDocument("ping", 1), null, 0, false));

        var reply = await client.ReadReplyAsync();

        Assert.Equal(40571, reply["code"].AsInt32);
    }

    [Fact]
    public async Task TxnNumberOnStandalone_FailsWithIllegalOperation()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument() } }, { "txnNumber", 1L } }, "test");

        Assert.Equal(20, reply["code"].AsInt32);
        Assert.Equal("Transaction numbers are only allowed on a replica set member or mongos", reply["errmsg"].AsString);
    }

    [Fact]
    public async Task BuildInfo_ReportsVersion70()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument("buildInfo", 1));

        Assert.Matches(@"^7\.0\.\d+$", reply["version"].AsString);
        Assert.Equal(4, reply["versionArray"].AsBsonArray.Count);
        Assert.Equal(64, reply["bits"].AsInt32);
        Assert.Equal(new BsonArray(), reply["modules"]);
    }

    [Theory]
    [InlineData("getCmdLineOpts")]
    [InlineData("hostInfo")]
    [InlineData("serverStatus")]
    [InlineData("whatsmyuri")]
    [InlineData("listCommands")]
    [InlineData("currentOp")]
    [InlineData("getDefaultRWConcern")]
    [InlineData("endSessions")]
    [InlineData("logout")]
    public async Task DiagnosticCommands_Succeed(string command)
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument(command, command == "endSessions" ? new BsonArray() : 1));

        Assert.Equal(1.0, reply["ok"].AsDouble);
    }

    [Theory]
    [InlineData("listDatabases")]
    [InlineData("getParameter")]
    [InlineData("currentOp")]
    public async Task AdminOnlyCommands_OnAnotherDatabase_AreRefused(string command)
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument(command, 1), "test");

        Assert.Equal(13, reply["code"].AsInt32);
        Assert.Equal($"{command} may only be run against the admin database.", reply["errmsg"].AsString);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(-1, 9)]
    public async Task WriteConcern_NotSatisfiableOnAStandalone_IsRefused(int w, int code)
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument() } }, { "writeConcern", new BsonDocument("w", w) } }, "test");
        var majority = await client.RunAsync(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument() } }, { "writeConcern", new BsonDocument("w", "majority") } }, "test");

        Assert.Equal(code, reply["code"].AsInt32);
        Assert.Equal(1, majority["n"].AsInt32);
    }

    [Fact]
    public async Task GetLog_StartupWarnings_IsEmpty()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument("getLog", "startupWarnings"));

        Assert.Equal(0, reply["totalLinesWritten"].AsInt32);
        Assert.Equal(new BsonArray(), reply["log"]);
    }

    [Fact]
    public async Task GetParameter_FeatureCompatibilityVersion_Is70()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument { { "getParameter", 1 }, { "featureCompatibilityVersion", 1 } });

        Assert.Equal("7.0", reply["featureCompatibilityVersion"]["version"].AsString);
    }

    [Fact]
    public async Task ConnectionStatus_WithoutAuth_HasNoUsers()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument("connectionStatus", 1));

        Assert.Equal(new BsonArray(), reply["authInfo"]["authenticatedUsers"]);
    }

    [Fact]
    public async Task ReplSetGetStatus_OnStandalone_FailsWithNoReplicationEnabled()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument("replSetGetStatus", 1));

        Assert.Equal(76, reply["code"].AsInt32);
        Assert.Equal("NoReplicationEnabled", reply["codeName"].AsString);
    }
}
