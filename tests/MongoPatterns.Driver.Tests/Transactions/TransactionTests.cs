using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Integration;

namespace MongoPatterns.Driver.Tests.Transactions;

public sealed class TransactionTests(ReplicaSetFixture fixture) : IntegrationTest(fixture), IClassFixture<ReplicaSetFixture>
{
    [Fact]
    public async Task Commit_MakesAllWritesVisibleTogether()
    {
        var items = Collection();
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();
        await items.InsertOneAsync(session, new BsonDocument { { "_id", 1 }, { "v", "a" } });
        await items.InsertOneAsync(session, new BsonDocument { { "_id", 2 }, { "v", "b" } });

        Assert.Equal(0, await items.CountDocumentsAsync(Filter.Empty));
        Assert.Equal(2, await items.CountDocumentsAsync(session, Filter.Empty));

        await session.CommitTransactionAsync();

        Assert.False(session.IsInTransaction);
        Assert.Equal(2, await items.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task Abort_LeavesNoTrace()
    {
        var items = Collection();
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "balance", 100 } });
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();
        await items.UpdateOneAsync(session, Filter.Eq("_id", 1), Update.Inc("balance", -50));
        await items.InsertOneAsync(session, new BsonDocument("_id", 2));
        await items.DeleteOneAsync(session, Filter.Eq("_id", 1));

        await session.AbortTransactionAsync();

        var all = await items.Find(Filter.Empty).ToListAsync();
        var only = Assert.Single(all);
        Assert.Equal(100, only["balance"].AsInt32);
    }

    [Fact]
    public async Task ReadsOutsideATransaction_NeverSeeUncommittedWrites()
    {
        var items = Collection();
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "v", 0 } });
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();
        await items.UpdateOneAsync(session, Filter.Eq("_id", 1), Update.Set("v", 1));
        await items.InsertOneAsync(session, new BsonDocument("_id", 2));

        var inside = await items.Find(session, Filter.Eq("_id", 1)).FirstAsync();
        var outside = await items.Find(Filter.Eq("_id", 1)).FirstAsync();
        var outsideCount = await items.CountDocumentsAsync(Filter.Empty);
        var aggregated = await (await items.AggregateAsync([new BsonDocument("$match", new BsonDocument("_id", 2))])).ToListAsync();

        Assert.Equal(1, inside["v"].AsInt32);
        Assert.Equal(0, outside["v"].AsInt32);
        Assert.Equal(1, outsideCount);
        Assert.Empty(aggregated);
        await session.CommitTransactionAsync();
        Assert.Equal(1, (await items.Find(Filter.Eq("_id", 1)).FirstAsync())["v"].AsInt32);
    }

    [Fact]
    public async Task TransactionReads_SeeTheirSnapshot_NotLaterCommits()
    {
        var items = Collection();
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "v", 0 } });
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();
        Assert.Equal(0, (await items.Find(session, Filter.Eq("_id", 1)).FirstAsync())["v"].AsInt32);

        await items.UpdateOneAsync(Filter.Eq("_id", 1), Update.Set("v", 5));

        Assert.Equal(0, (await items.Find(session, Filter.Eq("_id", 1)).FirstAsync())["v"].AsInt32);
        await session.CommitTransactionAsync();
    }

    [Fact]
    public async Task ConflictingTransactions_ResolveWithOneCommitAndOneTransientRetry()
    {
        var items = Collection();
        await items.InsertOneAsync(new BsonDocument { { "_id", "counter" }, { "n", 0 } });
        await using var first = await Client.StartSessionAsync();
        await using var second = await Client.StartSessionAsync();
        var firstWrote = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondFailedOnce = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstCommitted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstAttempts = 0;
        var secondAttempts = 0;

        var firstRun = first.WithTransactionAsync(async (session, ct) =>
        {
            firstAttempts++;
            await items.UpdateOneAsync(session, Filter.Eq("_id", "counter"), Update.Inc("n", 1), cancellationToken: ct);
            firstWrote.TrySetResult();
            await secondFailedOnce.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        });
        await firstWrote.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var secondRun = second.WithTransactionAsync(async (session, ct) =>
        {
            if (++secondAttempts > 1)
            {
                await firstCommitted.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            }

            try
            {
                await items.UpdateOneAsync(session, Filter.Eq("_id", "counter"), Update.Inc("n", 10), cancellationToken: ct);
            }
            catch (MongoException exception) when (exception.HasErrorLabel("TransientTransactionError"))
            {
                secondFailedOnce.TrySetResult();
                throw;
            }
        });
        await firstRun;
        firstCommitted.SetResult();
        await secondRun;

        Assert.Equal(1, firstAttempts);
        Assert.Equal(2, secondAttempts);
        Assert.Equal(11, (await items.Find(Filter.Eq("_id", "counter")).FirstAsync())["n"].AsInt32);
    }

    [Fact]
    public async Task WriteConflict_CarriesCode112AndTheTransientLabel()
    {
        var items = Collection();
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "n", 0 } });
        await using var first = await Client.StartSessionAsync();
        await using var second = await Client.StartSessionAsync();
        first.StartTransaction();
        second.StartTransaction();
        await items.UpdateOneAsync(first, Filter.Eq("_id", 1), Update.Inc("n", 1));

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => items.UpdateOneAsync(second, Filter.Eq("_id", 1), Update.Inc("n", 1)));

        Assert.Equal(112, error.Code);
        Assert.True(error.HasErrorLabel("TransientTransactionError"));
        await first.CommitTransactionAsync();
        await second.AbortTransactionAsync();
        Assert.Equal(1, (await items.Find(Filter.Eq("_id", 1)).FirstAsync())["n"].AsInt32);
    }

    [Fact]
    public async Task NonTransactionalWrite_ToADocumentTheTransactionWrote_FailsTheTransactionAtCommit()
    {
        var items = Collection();
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "n", 0 } });
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();
        await items.UpdateOneAsync(session, Filter.Eq("_id", 1), Update.Inc("n", 1));

        await items.UpdateOneAsync(Filter.Eq("_id", 1), Update.Inc("n", 100));
        var error = await Assert.ThrowsAsync<MongoCommandException>(() => session.CommitTransactionAsync());

        Assert.Equal(112, error.Code);
        Assert.True(error.HasErrorLabel("TransientTransactionError"));
        Assert.Equal(100, (await items.Find(Filter.Eq("_id", 1)).FirstAsync())["n"].AsInt32);
    }

    [Fact]
    public async Task WithTransactionAsync_DoesNotRetryUserExceptions_AndAborts()
    {
        var items = Collection();
        await using var session = await Client.StartSessionAsync();
        var attempts = 0;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => session.WithTransactionAsync(async (s, ct) =>
        {
            attempts++;
            await items.InsertOneAsync(s, new BsonDocument("_id", 1), cancellationToken: ct);
            throw new InvalidOperationException("insufficient funds");
        }));

        Assert.Equal("insufficient funds", error.Message);
        Assert.Equal(1, attempts);
        Assert.False(session.IsInTransaction);
        Assert.Equal(0, await items.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task WithTransactionAsync_ReturnsTheCallbackResult()
    {
        var items = Collection();
        await using var session = await Client.StartSessionAsync();

        var result = await session.WithTransactionAsync(async (s, ct) =>
        {
            await items.InsertOneAsync(s, new BsonDocument("_id", 7), cancellationToken: ct);
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Equal(1, await items.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task WithTransactionAsync_RetriesACommitWhoseConnectionDropped()
    {
        var items = Collection();
        await using var session = await Client.StartSessionAsync();
        await ConfigureFailPointAsync(new BsonDocument("times", 1), new BsonDocument { { "failCommands", new BsonArray { "commitTransaction" } }, { "closeConnection", true } });

        await session.WithTransactionAsync(async (s, ct) => await items.InsertOneAsync(s, new BsonDocument("_id", 1), cancellationToken: ct));

        Assert.Equal(2, Events.Started("commitTransaction").Count);
        Assert.Equal(1, await items.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task CommandsInATransaction_CarryTheTransactionFields()
    {
        var items = Collection();
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction(new TransactionOptions { ReadConcern = ReadConcern.Snapshot });
        await items.InsertOneAsync(session, new BsonDocument("_id", 1));
        await items.Find(session, Filter.Empty).ToListAsync();
        await session.CommitTransactionAsync();

        var insert = Assert.Single(Events.Started("insert")).Command;
        var find = Assert.Single(Events.Started("find")).Command;
        var commit = Assert.Single(Events.Started("commitTransaction")).Command;
        Assert.True(insert["startTransaction"].AsBoolean);
        Assert.False(insert["autocommit"].AsBoolean);
        Assert.Equal("snapshot", insert["readConcern"]["level"].AsString);
        Assert.False(insert.Contains("writeConcern"));
        Assert.False(find.Contains("startTransaction"));
        Assert.False(find.Contains("readConcern"));
        Assert.Equal(insert["txnNumber"], find["txnNumber"]);
        Assert.Equal(insert["txnNumber"], commit["txnNumber"]);
        Assert.Equal(insert["lsid"], commit["lsid"]);
        Assert.Equal("admin", commit["$db"].AsString);
    }

    [Fact]
    public async Task CausallyConsistentSession_SendsAfterClusterTimeOnReads()
    {
        var items = Collection();
        await using var session = await Client.StartSessionAsync();
        await items.InsertOneAsync(session, new BsonDocument("_id", 1));
        await items.Find(session, Filter.Empty).ToListAsync();

        var find = Assert.Single(Events.Started("find")).Command;
        Assert.NotNull(session.OperationTime);
        Assert.NotNull(session.ClusterTime);
        Assert.Equal(session.OperationTime, find["readConcern"]["afterClusterTime"]);
    }

    [Fact]
    public async Task OperationNotAllowedInATransaction_Fails263()
    {
        var items = Collection();
        await items.InsertOneAsync(new BsonDocument("_id", 1));
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();

        var error = await Assert.ThrowsAsync<MongoCommandException>(() => items.WithSession(session).EstimatedDocumentCountAsync());

        Assert.Equal(263, error.Code);
        await session.AbortTransactionAsync();
    }

    [Fact]
    public async Task DuplicateKeyInsideATransaction_FailsTheOperation_AndNothingIsCommitted()
    {
        var items = Collection();
        await items.InsertOneAsync(new BsonDocument("_id", 1));
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();
        await items.InsertOneAsync(session, new BsonDocument("_id", 2));

        var duplicate = await Assert.ThrowsAsync<MongoCommandException>(() => items.InsertOneAsync(session, new BsonDocument("_id", 1)));
        var commit = await Assert.ThrowsAsync<MongoCommandException>(() => session.CommitTransactionAsync());

        Assert.Equal(11000, duplicate.Code);
        Assert.False(duplicate.HasErrorLabel("TransientTransactionError"));
        Assert.Equal(251, commit.Code);
        Assert.Equal(1, await items.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task SessionBoundDatabase_RunsEveryCollectionInTheSession()
    {
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();
        var bound = Database.WithSession(session);
        await bound.GetCollection<BsonDocument>("a").InsertOneAsync(new BsonDocument("_id", 1));
        await bound.GetCollection<BsonDocument>("b").InsertOneAsync(new BsonDocument("_id", 1));

        Assert.Same(session, bound.Session);
        Assert.Equal(0, await Collection("a").CountDocumentsAsync(Filter.Empty));
        await session.CommitTransactionAsync();
        Assert.Equal(1, await Collection("a").CountDocumentsAsync(Filter.Empty));
        Assert.Equal(1, await Collection("b").CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task DisposingASessionInATransaction_AbortsIt()
    {
        var items = Collection();
        var session = await Client.StartSessionAsync();
        session.StartTransaction();
        await items.InsertOneAsync(session, new BsonDocument("_id", 1));

        await session.DisposeAsync();

        Assert.Single(Events.Started("abortTransaction"));
        Assert.Equal(0, await items.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task CursorInATransaction_ReadsItsBatchesWithGetMore()
    {
        var items = Collection();
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();
        await items.InsertManyAsync(session, Enumerable.Range(0, 10).Select(i => new BsonDocument("_id", i)));

        var all = await items.Find(session, Filter.Empty, new FindOptions { BatchSize = 3 }).ToListAsync();
        await session.CommitTransactionAsync();

        Assert.Equal(10, all.Count);
        Assert.True(Events.Started("getMore").Count >= 3);
        Assert.All(Events.Started("getMore"), getMore => Assert.False(getMore.Command["autocommit"].AsBoolean));
    }

    [Fact]
    public async Task LookupInATransaction_SeesTheTransactionsWrites()
    {
        var orders = Collection("orders");
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();
        await Collection("customers").InsertOneAsync(session, new BsonDocument { { "_id", "c1" }, { "name", "Ada" } });
        await orders.InsertOneAsync(session, new BsonDocument { { "_id", 1 }, { "customer", "c1" } });

        var joined = await (await orders.WithSession(session).AggregateAsync(
            [new BsonDocument("$lookup", new BsonDocument { { "from", "customers" }, { "localField", "customer" }, { "foreignField", "_id" }, { "as", "who" } })])).ToListAsync();
        await session.CommitTransactionAsync();

        Assert.Equal("Ada", Assert.Single(joined)["who"][0]["name"].AsString);
    }

    private Task<BsonDocument> ConfigureFailPointAsync(BsonValue mode, BsonDocument data) =>
        Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument { { "configureFailPoint", "failCommand" }, { "mode", mode }, { "data", data } });
}
