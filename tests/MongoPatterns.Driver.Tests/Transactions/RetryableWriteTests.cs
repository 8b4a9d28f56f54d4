using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Integration;

namespace MongoPatterns.Driver.Tests.Transactions;

public sealed class RetryableWriteTests(ReplicaSetFixture fixture) : IntegrationTest(fixture), IClassFixture<ReplicaSetFixture>
{
    [Fact]
    public async Task RetryableInsert_AfterTheConnectionDroppedOnceApplied_IsAppliedExactlyOnce()
    {
        var items = Collection();
        await ConfigureAsync("onPrimaryTransactionalWrite", new BsonDocument("times", 1), new BsonDocument("closeConnection", true));

        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "v", "once" } });

        var inserts = Events.Started("insert");
        Assert.Equal(2, inserts.Count);
        Assert.Equal(inserts[0].Command["txnNumber"], inserts[1].Command["txnNumber"]);
        Assert.Equal(inserts[0].Command["lsid"], inserts[1].Command["lsid"]);
        Assert.Equal(1, await items.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task RetryableUpdate_AfterTheConnectionDroppedOnceApplied_IsAppliedExactlyOnce()
    {
        var items = Collection();
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "n", 0 } });
        await ConfigureAsync("onPrimaryTransactionalWrite", new BsonDocument("times", 1), new BsonDocument("closeConnection", true));

        var result = await items.UpdateOneAsync(Filter.Eq("_id", 1), Update.Inc("n", 1));

        Assert.Equal(1, result.ModifiedCount);
        Assert.Equal(1, (await items.Find(Filter.Empty).FirstAsync())["n"].AsInt32);
    }

    [Fact]
    public async Task RetryableFindAndModify_AfterTheConnectionDroppedOnceApplied_IsAppliedExactlyOnce()
    {
        var items = Collection();
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "n", 0 } });
        await ConfigureAsync("onPrimaryTransactionalWrite", new BsonDocument("times", 1), new BsonDocument("closeConnection", true));

        var after = await items.FindOneAndUpdateAsync(Filter.Eq("_id", 1), Update.Inc("n", 1), new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After });

        Assert.Equal(1, after!["n"].AsInt32);
        Assert.Equal(1, (await items.Find(Filter.Empty).FirstAsync())["n"].AsInt32);
    }

    [Fact]
    public async Task RetryableInsert_AfterTheConnectionDroppedBeforeApplying_IsApplied()
    {
        var items = Collection();
        await ConfigureAsync("failCommand", new BsonDocument("times", 1), new BsonDocument { { "failCommands", new BsonArray { "insert" } }, { "closeConnection", true } });

        await items.InsertOneAsync(new BsonDocument("_id", 1));

        Assert.Equal(2, Events.Started("insert").Count);
        Assert.Equal(1, await items.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task RetryableError_IsRetriedOnce_ThenReported()
    {
        var items = Collection();
        await ConfigureAsync("failCommand", new BsonDocument("times", 2), new BsonDocument { { "failCommands", new BsonArray { "insert" } }, { "errorCode", 10107 } });

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => items.InsertOneAsync(new BsonDocument("_id", 1)));

        Assert.Equal(10107, error.Code);
        Assert.True(error.HasErrorLabel("RetryableWriteError"));
        Assert.Equal(2, Events.Started("insert").Count);
    }

    [Fact]
    public async Task MultiDocumentUpdates_AreNotRetried()
    {
        var items = Collection();
        await ConfigureAsync("failCommand", new BsonDocument("times", 1), new BsonDocument { { "failCommands", new BsonArray { "update" } }, { "closeConnection", true } });

        await Assert.ThrowsAnyAsync<MongoConnectionException>(() => items.UpdateManyAsync(Filter.Empty, Update.Set("x", 1)));

        var update = Assert.Single(Events.Started("update"));
        Assert.False(update.Command.Contains("txnNumber"));
    }

    [Fact]
    public async Task RetryWritesFalse_SendsNoTransactionNumber()
    {
        await using var client = new MongoClient(Fixture.ConnectionString + "&retryWrites=false", new MongoClientOptions { EventSubscriber = Events });
        await client.GetDatabase(Database.DatabaseNamespace.DatabaseName).GetCollection<BsonDocument>("items").InsertOneAsync(new BsonDocument("_id", 1));

        Assert.False(Assert.Single(Events.Started("insert")).Command.Contains("txnNumber"));
    }

    [Fact]
    public async Task ConsecutiveRetryableWrites_UseIncreasingTransactionNumbers()
    {
        var items = Collection();
        await using var session = await Client.StartSessionAsync();
        await items.InsertOneAsync(session, new BsonDocument("_id", 1));
        await items.InsertOneAsync(session, new BsonDocument("_id", 2));

        var inserts = Events.Started("insert");
        Assert.Equal(1L, inserts[0].Command["txnNumber"].AsInt64);
        Assert.Equal(2L, inserts[1].Command["txnNumber"].AsInt64);
    }

    private Task<BsonDocument> ConfigureAsync(string failPoint, BsonValue mode, BsonDocument data) =>
        Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument { { "configureFailPoint", failPoint }, { "mode", mode }, { "data", data } });
}
