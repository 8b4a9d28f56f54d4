using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Fakes;

namespace MongoPatterns.Driver.Tests.Operations;

/// <summary>What the driver puts on the wire, checked by a scripted server with its own message parser.</summary>
public sealed class CommandProtocolTests
{
    private static readonly BsonDocument Ping = new("ping", 1);

    [Fact]
    public async Task InsertMany_MoreDocumentsThanMaxWriteBatchSize_IsSplitIntoBatchesWithDocumentSequences()
    {
        await using var server = new FakeMongoServer();
        server.Hello.Set("maxWriteBatchSize", 10);
        var events = new EventCollector();
        await using var client = new MongoClient(server.ConnectionString(), new MongoClientOptions { EventSubscriber = events });
        var collection = client.GetDatabase("db").GetCollection<BsonDocument>("items");

        await collection.InsertManyAsync(Enumerable.Range(0, 25).Select(i => new BsonDocument("i", i)));

        var inserts = server.Commands("insert");
        Assert.Equal([10, 10, 5], inserts.Select(insert => insert.Sequences["documents"].Count));
        Assert.All(inserts, insert => Assert.False(insert.Body.Contains("documents")));
        Assert.Equal(Enumerable.Range(0, 25), inserts.SelectMany(insert => insert.Sequences["documents"]).Select(document => document["i"].AsInt32));
        Assert.All(inserts.SelectMany(insert => insert.Sequences["documents"]), document => Assert.Equal("_id", document.GetElement(0).Name));
        var started = events.Started("insert");
        Assert.Equal(3, started.Count);
        Assert.Equal(10, started[0].Command["documents"].AsBsonArray.Count);
        Assert.Single(started.Select(e => e.OperationId).Distinct());
    }

    [Fact]
    public async Task InsertMany_DocumentsLargerThanTheMessageLimit_AreSplitBySize()
    {
        await using var server = new FakeMongoServer();
        server.Hello.Set("maxMessageSizeBytes", 100_000);
        await using var client = new MongoClient(server.ConnectionString());
        var collection = client.GetDatabase("db").GetCollection<BsonDocument>("items");
        var payload = new string('x', 20_000);

        await collection.InsertManyAsync(Enumerable.Range(0, 10).Select(i => new BsonDocument { { "i", i }, { "payload", payload } }));

        var batches = server.Commands("insert").Select(insert => insert.Sequences["documents"].Count).ToList();
        Assert.True(batches.Count >= 3, $"expected at least 3 batches, got {batches.Count}");
        Assert.Equal(10, batches.Sum());
    }

    [Fact]
    public async Task InsertOne_UnacknowledgedWriteConcern_SetsMoreToComeAndReadsNoReply()
    {
        await using var server = new FakeMongoServer();
        server.Hello.Set("logicalSessionTimeoutMinutes", 30);
        var events = new EventCollector();
        await using var client = new MongoClient(server.ConnectionString("w=0"), new MongoClientOptions { EventSubscriber = events });
        var collection = client.GetDatabase("db").GetCollection<BsonDocument>("items");

        await collection.InsertOneAsync(new BsonDocument("a", 1));
        var result = await collection.UpdateOneAsync(new BsonDocument("a", 1), new BsonDocument("$set", new BsonDocument("b", 2)));
        await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);

        var insert = Assert.Single(server.Commands("insert"));
        Assert.True(insert.MoreToCome);
        Assert.Equal(0, insert.Body["writeConcern"]["w"].AsInt32);
        Assert.False(insert.Body.Contains("lsid"));
        Assert.False(result.IsAcknowledged);
        Assert.Throws<InvalidOperationException>(() => result.MatchedCount);
        var succeeded = events.OfType<CommandSucceededEvent>().First(e => e.CommandName == "insert");
        Assert.Equal(new BsonDocument("ok", 1), succeeded.Reply);
    }

    [Fact]
    public async Task FindOneAndUpdate_UnacknowledgedWriteConcern_SetsMoreToComeAndReturnsNull()
    {
        await using var server = new FakeMongoServer();
        await using var client = new MongoClient(server.ConnectionString("w=0"));
        var collection = client.GetDatabase("db").GetCollection<BsonDocument>("items");

        var result = await collection.FindOneAndUpdateAsync(new BsonDocument("a", 1), new BsonDocument("$set", new BsonDocument("b", 2)));
        await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);

        var command = Assert.Single(server.Commands("findAndModify"));
        Assert.True(command.MoreToCome);
        Assert.Null(result);
    }

    [Fact]
    public async Task DistinctAndCount_Hint_IsSent()
    {
        await using var server = new FakeMongoServer();
        await using var client = new MongoClient(server.ConnectionString());
        var collection = client.GetDatabase("db").GetCollection<BsonDocument>("items");

        using (await collection.DistinctAsync<int>("a", new BsonDocument(), new DistinctOptions { Hint = "a_1" }))
        {
        }

        _ = await collection.CountAsync(new BsonDocument(), new CountOptions { Hint = new BsonDocument("a", 1) });

        Assert.Equal("a_1", Assert.Single(server.Commands("distinct")).Body["hint"].AsString);
        Assert.Equal(new BsonDocument("a", 1), Assert.Single(server.Commands("count")).Body["hint"]);
    }

    [Fact]
    public async Task Reply_WithValidChecksum_IsAccepted()
    {
        await using var server = new FakeMongoServer();
        server.Handler = request => Task.FromResult(new FakeReply { Document = FakeMongoServer.DefaultReply(request), Checksum = FakeReply.ChecksumMode.Valid });
        await using var client = new MongoClient(server.ConnectionString());

        var reply = await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);

        Assert.Equal(1, reply["ok"].ToInt32());
    }

    [Fact]
    public async Task Reply_WithCorruptChecksum_FailsTheConnection()
    {
        await using var server = new FakeMongoServer();
        server.Handler = request => Task.FromResult(new FakeReply { Document = FakeMongoServer.DefaultReply(request), Checksum = FakeReply.ChecksumMode.Corrupt });
        await using var client = new MongoClient(server.ConnectionString());

        var exception = await Assert.ThrowsAsync<MongoConnectionException>(() => client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping));

        Assert.IsType<InvalidDataException>(exception.InnerException);
        Assert.Contains("checksum", exception.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handshake_UsesLegacyHelloOverOpQueryWithClientMetadata()
    {
        await using var server = new FakeMongoServer();
        await using var client = new MongoClient(server.ConnectionString("appname=orders"));

        await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);

        var handshake = server.Requests.First(request => request.IsLegacyQuery);
        Assert.Equal("isMaster", handshake.CommandName);
        Assert.True(handshake.Body["helloOk"].AsBoolean);
        Assert.Equal("orders", handshake.Body["client"]["application"]["name"].AsString);
        Assert.Equal("MongoPatterns.Driver", handshake.Body["client"]["driver"]["name"].AsString);
        Assert.True(handshake.Body["client"].AsBsonDocument.ToBson().Length <= 512);
        Assert.False(handshake.Body.Contains("compression"));
        Assert.Equal("db", server.Commands("ping")[0].Body["$db"].AsString);
    }

    [Fact]
    public async Task Server_WithTooOldWireVersion_FailsWithIncompatibleDriverException()
    {
        await using var server = new FakeMongoServer();
        server.Hello.Set("maxWireVersion", 6);
        await using var client = new MongoClient(server.ConnectionString());

        var exception = await Assert.ThrowsAsync<MongoIncompatibleDriverException>(() => client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping));

        Assert.Contains("MongoDB 4.2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerSelection_NoServerListening_TimesOutListingTheServerAndItsError()
    {
        int port;
        await using (var server = new FakeMongoServer())
        {
            port = server.Port;
        }

        await using var client = new MongoClient($"mongodb://127.0.0.1:{port}/?serverSelectionTimeoutMS=700&connectTimeoutMS=500");

        var exception = await Assert.ThrowsAsync<MongoTimeoutException>(() => client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping));

        Assert.Contains($"127.0.0.1:{port}", exception.Message, StringComparison.Ordinal);
        Assert.Contains("lastError", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sessions_ServerWithSessionSupport_GetsAnImplicitLsidThatIsReused()
    {
        await using var server = new FakeMongoServer();
        server.Hello.Set("logicalSessionTimeoutMinutes", 30);
        await using var client = new MongoClient(server.ConnectionString());
        var database = client.GetDatabase("db");

        await database.RunCommandAsync<BsonDocument>(Ping);
        await database.RunCommandAsync<BsonDocument>(Ping);

        var pings = server.Commands("ping");
        Assert.All(pings, ping => Assert.True(ping.Body.Contains("lsid")));
        Assert.Equal(pings[0].Body["lsid"], pings[1].Body["lsid"]);
    }

    [Fact]
    public async Task Dispose_ClientWithPooledSessions_EndsThem()
    {
        await using var server = new FakeMongoServer();
        server.Hello.Set("logicalSessionTimeoutMinutes", 30);
        var client = new MongoClient(server.ConnectionString());
        await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);

        await client.DisposeAsync();

        var endSessions = Assert.Single(server.Commands("endSessions"));
        Assert.Equal(server.Commands("ping")[0].Body["lsid"], endSessions.Body["endSessions"].AsBsonArray[0]);
        Assert.False(endSessions.Body.Contains("lsid"));
    }

    [Fact]
    public async Task Sessions_ServerWithoutSessionSupport_GetsNoLsid()
    {
        await using var server = new FakeMongoServer();
        await using var client = new MongoClient(server.ConnectionString());

        await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);

        Assert.False(server.Commands("ping")[0].Body.Contains("lsid"));
    }

    [Fact]
    public async Task ClusterTime_ReturnedByTheServer_IsSentWithLaterCommands()
    {
        var clusterTime = new BsonDocument { { "clusterTime", new BsonTimestamp(100, 1) }, { "signature", new BsonDocument("keyId", 0L) } };
        await using var server = new FakeMongoServer();
        server.Handler = request => Task.FromResult(FakeReply.With(new BsonDocument { { "ok", 1 }, { "$clusterTime", clusterTime } }));
        await using var client = new MongoClient(server.ConnectionString());
        var database = client.GetDatabase("db");

        await database.RunCommandAsync<BsonDocument>(Ping);
        await database.RunCommandAsync<BsonDocument>(Ping);

        var pings = server.Commands("ping");
        Assert.False(pings[0].Body.Contains("$clusterTime"));
        Assert.Equal(clusterTime, pings[1].Body["$clusterTime"]);
    }

    [Fact]
    public async Task ReadPreference_SecondaryPreferredAgainstMongos_IsSentAsReadPreference()
    {
        await using var server = new FakeMongoServer();
        server.Hello.Set("msg", "isdbgrid");
        await using var client = new MongoClient(server.ConnectionString("readPreference=secondaryPreferred"));

        await client.GetDatabase("db").GetCollection<BsonDocument>("items").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();

        Assert.Equal("secondaryPreferred", server.Commands("find")[0].Body["$readPreference"]["mode"].AsString);
    }

    [Fact]
    public async Task ReadPreference_Standalone_IsNeverSent()
    {
        await using var server = new FakeMongoServer();
        await using var client = new MongoClient(server.ConnectionString("readPreference=secondaryPreferred"));

        await client.GetDatabase("db").GetCollection<BsonDocument>("items").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();

        Assert.False(server.Commands("find")[0].Body.Contains("$readPreference"));
    }

    [Fact]
    public async Task ReadPreference_DirectConnectionToASecondary_IsPrimaryPreferred()
    {
        await using var server = new FakeMongoServer();
        server.Hello.Set("setName", "rs0").Set("ismaster", false).Set("isWritablePrimary", false).Set("secondary", true);
        await using var client = new MongoClient(server.ConnectionString());

        await client.GetDatabase("db").GetCollection<BsonDocument>("items").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();

        Assert.Equal("primaryPreferred", server.Commands("find")[0].Body["$readPreference"]["mode"].AsString);
    }

    [Fact]
    public async Task Concerns_NonDefault_AreSentWithReadsAndWrites()
    {
        await using var server = new FakeMongoServer();
        await using var client = new MongoClient(server.ConnectionString("readConcernLevel=majority&w=majority&wtimeoutMS=500&journal=true"));
        var collection = client.GetDatabase("db").GetCollection<BsonDocument>("items");

        await collection.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        await collection.InsertOneAsync(new BsonDocument("a", 1));

        Assert.Equal("majority", server.Commands("find")[0].Body["readConcern"]["level"].AsString);
        Assert.Equal(new BsonDocument { { "w", "majority" }, { "j", true }, { "wtimeout", 500L } }, server.Commands("insert")[0].Body["writeConcern"]);
    }

    [Fact]
    public async Task Concerns_Default_AreNotSent()
    {
        await using var server = new FakeMongoServer();
        await using var client = new MongoClient(server.ConnectionString());
        var collection = client.GetDatabase("db").GetCollection<BsonDocument>("items");

        await collection.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        await collection.InsertOneAsync(new BsonDocument("a", 1));

        Assert.False(server.Commands("find")[0].Body.Contains("readConcern"));
        Assert.False(server.Commands("insert")[0].Body.Contains("writeConcern"));
    }
}
