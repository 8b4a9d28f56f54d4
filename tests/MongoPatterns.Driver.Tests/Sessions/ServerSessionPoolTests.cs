using MongoPatterns.Driver.Sessions;

namespace MongoPatterns.Driver.Tests.Sessions;

/// <summary>The server session pool (Driver Sessions specification).</summary>
public sealed class ServerSessionPoolTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    [Fact]
    public void Acquire_AfterRelease_ReusesTheMostRecentSession()
    {
        var pool = new ServerSessionPool();
        var first = pool.Acquire(Timeout);
        var second = pool.Acquire(Timeout);

        pool.Release(first, Timeout);
        pool.Release(second, Timeout);

        Assert.Same(second, pool.Acquire(Timeout));
        Assert.Same(first, pool.Acquire(Timeout));
    }

    [Fact]
    public void Release_DirtySession_IsDiscarded()
    {
        var pool = new ServerSessionPool();
        var session = pool.Acquire(Timeout);
        session.MarkDirty();

        pool.Release(session, Timeout);

        Assert.Equal(0, pool.Count);
    }

    [Fact]
    public void Acquire_SessionAboutToExpire_IsSkipped()
    {
        var pool = new ServerSessionPool();
        var session = pool.Acquire(Timeout);
        pool.Release(session, Timeout);

        Assert.NotSame(session, pool.Acquire(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void ServerSession_Id_IsAUuidDocument()
    {
        var session = new ServerSession();

        Assert.Equal(MongoPatterns.Bson.BsonBinarySubType.UuidStandard, session.Id["id"].AsBsonBinaryData.SubType);
        Assert.Equal(1, session.AdvanceTransactionNumber());
    }

    [Fact]
    public void ClientSessionHandle_TakesTheServerSessionLazilyAndReturnsIt()
    {
        var pool = new ServerSessionPool();
        var handle = new ClientSessionHandle(pool, isImplicit: true);

        Assert.Null(handle.ServerSession);
        var id = handle.GetSessionId(Timeout);
        Assert.Equal(id, handle.GetSessionId(Timeout));
        handle.Dispose();

        Assert.Equal(1, pool.Count);
        Assert.Equal(id, Assert.Single(pool.TakeAllIds()));
    }
}
