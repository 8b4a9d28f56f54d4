using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Integration;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Transactions;

public sealed class SessionStateTests(ReplicaSetFixture fixture) : IntegrationTest(fixture), IClassFixture<ReplicaSetFixture>
{
    [Fact]
    public async Task CommitOrAbort_WithoutATransaction_Throw()
    {
        await using var session = await Client.StartSessionAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.CommitTransactionAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.AbortTransactionAsync());
    }

    [Fact]
    public async Task StartTransaction_Twice_Throws()
    {
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();

        Assert.Throws<InvalidOperationException>(() => session.StartTransaction());
        Assert.True(session.IsInTransaction);
    }

    [Fact]
    public async Task EmptyTransaction_CommitsWithoutACommand_AndCanBeCommittedAgain()
    {
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();

        await session.CommitTransactionAsync();
        await session.CommitTransactionAsync();

        Assert.Empty(Events.Started("commitTransaction"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.AbortTransactionAsync());
    }

    [Fact]
    public async Task Commit_AfterAbort_Throws_AndAbortTwiceThrows()
    {
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();
        await Collection().InsertOneAsync(session, new BsonDocument("_id", 1));
        await session.AbortTransactionAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.CommitTransactionAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.AbortTransactionAsync());
    }

    [Fact]
    public async Task CommitTwice_ResendsTheCommit_WithMajorityWriteConcern()
    {
        await using var session = await Client.StartSessionAsync();
        session.StartTransaction();
        await Collection().InsertOneAsync(session, new BsonDocument("_id", 1));
        await session.CommitTransactionAsync();
        await session.CommitTransactionAsync();

        var commits = Events.Started("commitTransaction");
        Assert.Equal(2, commits.Count);
        Assert.Equal("majority", commits[1].Command["writeConcern"]["w"].AsString);
    }

    [Fact]
    public async Task UnacknowledgedWriteConcern_IsRejected()
    {
        await using var session = await Client.StartSessionAsync();

        Assert.Throws<InvalidOperationException>(() => session.StartTransaction(new TransactionOptions { WriteConcern = WriteConcern.Unacknowledged }));
        Assert.False(session.IsInTransaction);
    }

    [Fact]
    public async Task SessionOfAnotherClient_IsRejected()
    {
        await using var other = new MongoClient(Fixture.ConnectionString);
        await using var session = await other.StartSessionAsync();

        Assert.Throws<ArgumentException>(() => Collection().WithSession(session));
    }

    [Fact]
    public async Task DisposedSession_ReturnsItsServerSessionToThePool()
    {
        var session = await Client.StartSessionAsync();
        await Collection().InsertOneAsync(session, new BsonDocument("_id", 1));
        var id = session.ServerSession!.Id;

        session.Dispose();
        await using var next = await Client.StartSessionAsync();
        await Collection().InsertOneAsync(next, new BsonDocument("_id", 2));

        Assert.Equal(id, next.ServerSession!.Id);
    }

    [Fact]
    public async Task TransactionOnAStandalone_FailsWithAClearMessage()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        await using var client = new MongoClient(server.ConnectionString);
        await using var session = await client.StartSessionAsync();
        session.StartTransaction();

        var error = await Assert.ThrowsAsync<MongoException>(() => client.GetDatabase("db").GetCollection<BsonDocument>("c").InsertOneAsync(session, new BsonDocument("_id", 1)));

        Assert.Contains("replica set", error.Message, StringComparison.Ordinal);
    }
}
