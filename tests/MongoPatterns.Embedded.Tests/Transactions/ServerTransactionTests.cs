using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Transactions;

public sealed class ServerTransactionTests : IAsyncLifetime
{
    private EmbeddedMongo _server = null!;
    private WireTestClient _client = null!;
    private WireTestClient _other = null!;

    public async Task InitializeAsync()
    {
        _server = await EmbeddedMongo.StartAsync(new EmbeddedMongoOptions { ReplicaSetName = "rs0" });
        _client = await WireTestClient.ConnectAsync(_server);
        _other = await WireTestClient.ConnectAsync(_server);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _other.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Commit_PublishesTheWritesAtomically_AndOutsideReadersSeeNothingBefore()
    {
        var session = new TransactionSession(_client, "db");
        await session.StartAsync(TransactionSession.Insert(new BsonDocument("_id", 1)));
        await session.InTransactionAsync(TransactionSession.Insert(new BsonDocument("_id", 2)));

        var inside = await session.InTransactionAsync(TransactionSession.Find());
        var outside = await _other.RunOkAsync(TransactionSession.Find(), "db");
        var commit = await session.CommitAsync();
        var after = await _other.RunOkAsync(TransactionSession.Find(), "db");

        Assert.Equal(2, inside["cursor"]["firstBatch"].AsBsonArray.Count);
        Assert.Empty(outside["cursor"]["firstBatch"].AsBsonArray);
        Assert.Equal(1.0, commit["ok"].ToDouble());
        Assert.Equal(2, after["cursor"]["firstBatch"].AsBsonArray.Count);
    }

    [Fact]
    public async Task Abort_DiscardsTheWrites()
    {
        var session = new TransactionSession(_client, "db");
        await session.StartAsync(TransactionSession.Insert(new BsonDocument("_id", 1)));

        var abort = await session.AbortAsync();
        var after = await _other.RunOkAsync(TransactionSession.Find(), "db");

        Assert.Equal(1.0, abort["ok"].ToDouble());
        Assert.Empty(after["cursor"]["firstBatch"].AsBsonArray);
    }

    [Fact]
    public async Task ContinuingAnUnknownTransaction_FailsNoSuchTransaction_WithTheTransientLabel()
    {
        var session = new TransactionSession(_client, "db") { TxnNumber = 3 };

        var reply = await session.InTransactionAsync(TransactionSession.Find());

        Assert.Equal(251, reply["code"].AsInt32);
        Assert.Equal("NoSuchTransaction", reply["codeName"].AsString);
        Assert.Equal(new BsonArray { "TransientTransactionError" }, reply["errorLabels"]);
    }

    [Fact]
    public async Task OlderTransactionNumber_FailsTransactionTooOld()
    {
        var session = new TransactionSession(_client, "db") { TxnNumber = 4 };
        await session.StartAsync(TransactionSession.Insert(new BsonDocument("_id", 1)));
        session.TxnNumber = 2;

        var reply = await session.InTransactionAsync(TransactionSession.Find(), start: true);

        Assert.Equal(225, reply["code"].AsInt32);
    }

    [Fact]
    public async Task CommitAgain_Succeeds_ButAbortAfterCommit_FailsTransactionCommitted()
    {
        var session = new TransactionSession(_client, "db");
        await session.StartAsync(TransactionSession.Insert(new BsonDocument("_id", 1)));
        await session.CommitAsync();

        var again = await session.CommitAsync();
        var abort = await session.AbortAsync();
        var count = await _other.RunOkAsync(new BsonDocument("count", "c"), "db");

        Assert.Equal(1.0, again["ok"].ToDouble());
        Assert.Equal(256, abort["code"].AsInt32);
        Assert.Equal(1, count["n"].ToInt32());
    }

    [Fact]
    public async Task CommitAfterAbort_FailsNoSuchTransaction()
    {
        var session = new TransactionSession(_client, "db");
        await session.StartAsync(TransactionSession.Insert(new BsonDocument("_id", 1)));
        await session.AbortAsync();

        var commit = await session.CommitAsync();
        var abortAgain = await session.AbortAsync();

        Assert.Equal(251, commit["code"].AsInt32);
        Assert.Equal(251, abortAgain["code"].AsInt32);
    }

    [Fact]
    public async Task WriteToADocumentAnotherTransactionWrote_FailsWriteConflict_FirstWriterWins()
    {
        await _client.RunOkAsync(TransactionSession.Insert(new BsonDocument { { "_id", 1 }, { "n", 0 } }), "db");
        var first = new TransactionSession(_client, "db");
        var second = new TransactionSession(_other, "db");
        await first.StartAsync(TransactionSession.Update(1, new BsonDocument("$inc", new BsonDocument("n", 1))));

        var conflict = await second.StartAsync(TransactionSession.Update(1, new BsonDocument("$inc", new BsonDocument("n", 10))));
        var secondCommit = await second.CommitAsync();
        var firstCommit = await first.CommitAsync();
        var after = await _other.RunOkAsync(TransactionSession.Find(), "db");

        Assert.Equal(112, conflict["code"].AsInt32);
        Assert.Equal("WriteConflict", conflict["codeName"].AsString);
        Assert.Equal(new BsonArray { "TransientTransactionError" }, conflict["errorLabels"]);
        Assert.Equal(251, secondCommit["code"].AsInt32);
        Assert.Equal(1.0, firstCommit["ok"].ToDouble());
        Assert.Equal(1, after["cursor"]["firstBatch"][0]["n"].AsInt32);
    }

    [Fact]
    public async Task NonTransactionalWrite_MakesTheTransactionThatWroteTheDocumentFailAtCommit()
    {
        await _client.RunOkAsync(TransactionSession.Insert(new BsonDocument { { "_id", 1 }, { "n", 0 } }), "db");
        var session = new TransactionSession(_client, "db");
        await session.StartAsync(TransactionSession.Update(1, new BsonDocument("$inc", new BsonDocument("n", 1))));

        await _other.RunOkAsync(TransactionSession.Update(1, new BsonDocument("$set", new BsonDocument("n", 100))), "db");
        var commit = await session.CommitAsync();

        Assert.Equal(112, commit["code"].AsInt32);
        Assert.Equal(new BsonArray { "TransientTransactionError" }, commit["errorLabels"]);
    }

    [Fact]
    public async Task UniqueIndexClash_WithACommitAfterTheSnapshot_FailsTheCommit()
    {
        await _client.RunOkAsync(new BsonDocument { { "createIndexes", "c" }, { "indexes", new BsonArray { new BsonDocument { { "key", new BsonDocument("email", 1) }, { "name", "email_1" }, { "unique", true } } } } }, "db");
        var session = new TransactionSession(_client, "db");
        await session.StartAsync(TransactionSession.Insert(new BsonDocument { { "_id", 1 }, { "email", "a@x" } }));

        await _other.RunOkAsync(TransactionSession.Insert(new BsonDocument { { "_id", 2 }, { "email", "a@x" } }), "db");
        var commit = await session.CommitAsync();
        var count = await _other.RunOkAsync(new BsonDocument("count", "c"), "db");

        Assert.Equal(0.0, commit["ok"].ToDouble());
        Assert.Equal(new BsonArray { "TransientTransactionError" }, commit["errorLabels"]);
        Assert.Equal(1, count["n"].ToInt32());
    }

    [Fact]
    public async Task LifetimeLimit_AbortsTheTransaction()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await EmbeddedMongo.StartAsync(new EmbeddedMongoOptions { ReplicaSetName = "rs0", TimeProvider = clock, TransactionLifetimeLimit = TimeSpan.FromSeconds(5) });
        await using var client = await WireTestClient.ConnectAsync(server);
        var session = new TransactionSession(client, "db");
        await session.StartAsync(TransactionSession.Insert(new BsonDocument("_id", 1)));

        clock.Advance(TimeSpan.FromSeconds(6));
        var commit = await session.CommitAsync();
        var count = await client.RunOkAsync(new BsonDocument("count", "c"), "db");

        Assert.Equal(251, commit["code"].AsInt32);
        Assert.Equal(0, count["n"].ToInt32());
    }

    [Theory]
    [InlineData("count")]
    [InlineData("listCollections")]
    public async Task CommandsNotAllowedInATransaction_FailOperationNotSupportedInTransaction(string command)
    {
        var session = new TransactionSession(_client, "db");

        var reply = await session.StartAsync(new BsonDocument(command, command == "count" ? "c" : 1));

        Assert.Equal(263, reply["code"].AsInt32);
    }

    [Fact]
    public async Task CreateIndexesOnAnExistingCollection_IsNotAllowed_ButCreatingACollectionIs()
    {
        await _client.RunOkAsync(TransactionSession.Insert(new BsonDocument("_id", 1)), "db");
        var session = new TransactionSession(_client, "db");

        var index = await session.StartAsync(new BsonDocument { { "createIndexes", "c" }, { "indexes", new BsonArray { new BsonDocument { { "key", new BsonDocument("a", 1) }, { "name", "a_1" } } } } });
        var other = new TransactionSession(_other, "db");
        var create = await other.StartAsync(new BsonDocument { { "insert", "fresh" }, { "documents", new BsonArray { new BsonDocument("_id", 1) } } });
        var commit = await other.CommitAsync();

        Assert.Equal(263, index["code"].AsInt32);
        Assert.Equal(1.0, create["ok"].ToDouble());
        Assert.Equal(1.0, commit["ok"].ToDouble());
    }

    [Fact]
    public async Task WriteConcernInsideATransaction_AndReadConcernAfterTheFirstCommand_AreRejected()
    {
        var session = new TransactionSession(_client, "db");
        await session.StartAsync(TransactionSession.Insert(new BsonDocument("_id", 1)));

        var withWriteConcern = TransactionSession.Insert(new BsonDocument("_id", 2));
        withWriteConcern.Add("writeConcern", new BsonDocument("w", 1));
        var writeConcern = await session.InTransactionAsync(withWriteConcern);

        Assert.Equal(72, writeConcern["code"].AsInt32);
        var second = new TransactionSession(_client, "db");
        await second.StartAsync(TransactionSession.Insert(new BsonDocument("_id", 3)));
        var withReadConcern = TransactionSession.Find();
        withReadConcern.Add("readConcern", new BsonDocument("level", "snapshot"));
        var readConcern = await second.InTransactionAsync(withReadConcern);
        Assert.Equal(72, readConcern["code"].AsInt32);
    }

    [Fact]
    public async Task EndSessions_AbortsTheOpenTransaction()
    {
        var session = new TransactionSession(_client, "db");
        await session.StartAsync(TransactionSession.Insert(new BsonDocument("_id", 1)));

        await _client.RunOkAsync(new BsonDocument("endSessions", new BsonArray { session.Lsid }));
        var commit = await session.CommitAsync();

        Assert.Equal(251, commit["code"].AsInt32);
    }

    [Fact]
    public async Task RetryableWrite_WithTheSameTransactionNumber_IsAppliedOnce_AndReturnsTheFirstReply()
    {
        var session = new TransactionSession(_client, "db");

        var first = await session.RetryableAsync(new BsonDocument { { "update", "c" }, { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument("_id", 1) }, { "u", new BsonDocument("$inc", new BsonDocument("n", 1)) }, { "upsert", true } } } } }, 1);
        var retry = await session.RetryableAsync(new BsonDocument { { "update", "c" }, { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument("_id", 1) }, { "u", new BsonDocument("$inc", new BsonDocument("n", 1)) }, { "upsert", true } } } } }, 1);
        var next = await session.RetryableAsync(new BsonDocument { { "update", "c" }, { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument("_id", 1) }, { "u", new BsonDocument("$inc", new BsonDocument("n", 1)) } } } } }, 2);
        var found = await _other.RunOkAsync(TransactionSession.Find(), "db");

        Assert.Equal(first["n"], retry["n"]);
        Assert.Equal(first["upserted"], retry["upserted"]);
        Assert.Equal(1, next["nModified"].ToInt32());
        Assert.Equal(2, found["cursor"]["firstBatch"][0]["n"].AsInt32);
    }

    [Fact]
    public async Task RetryableWrite_WithAnOlderTransactionNumber_FailsTransactionTooOld()
    {
        var session = new TransactionSession(_client, "db");
        await session.RetryableAsync(TransactionSession.Insert(new BsonDocument("_id", 1)), 5);

        var old = await session.RetryableAsync(TransactionSession.Insert(new BsonDocument("_id", 2)), 4);

        Assert.Equal(225, old["code"].AsInt32);
    }

    [Fact]
    public async Task TransactionNumber_OnANonWriteCommandWithoutAutocommit_FailsNotARetryableWriteCommand()
    {
        var session = new TransactionSession(_client, "db");

        var reply = await session.RetryableAsync(TransactionSession.Find(), 1);

        Assert.Equal(50768, reply["code"].AsInt32);
    }

    [Fact]
    public async Task RetryableErrorOfAWrite_CarriesTheRetryableWriteErrorLabel()
    {
        await _client.RunOkAsync(new BsonDocument { { "configureFailPoint", "failCommand" }, { "mode", new BsonDocument("times", 1) }, { "data", new BsonDocument { { "failCommands", new BsonArray { "insert" } }, { "errorCode", 91 } } } });
        var session = new TransactionSession(_client, "db");

        var reply = await session.RetryableAsync(TransactionSession.Insert(new BsonDocument("_id", 1)), 1);

        Assert.Equal(91, reply["code"].AsInt32);
        Assert.Equal(new BsonArray { "RetryableWriteError" }, reply["errorLabels"]);
    }
}
