using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Fakes;

namespace MongoPatterns.Driver.Tests.Core.ConnectionPools;

/// <summary>The CMAP pool against a scripted server: wait queue, maxConnecting, minPoolSize, clearing and cancellation.</summary>
public sealed class ConnectionPoolTests
{
    private static readonly BsonDocument Ping = new("ping", 1);

    [Fact]
    public async Task CheckOut_PoolExhausted_ThrowsWaitQueueTimeoutWithPoolStatistics()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new FakeMongoServer();
        server.Handler = async request =>
        {
            if (request.CommandName == "slow")
            {
                await release.Task;
            }

            return FakeReply.With(FakeMongoServer.DefaultReply(request));
        };
        var events = new EventCollector();
        await using var client = new MongoClient(server.ConnectionString("maxPoolSize=1&waitQueueTimeoutMS=300"), new MongoClientOptions { EventSubscriber = events });
        var database = client.GetDatabase("db");

        var slow = database.RunCommandAsync<BsonDocument>(new BsonDocument("slow", 1));
        await events.WaitForAsync(e => e.OfType<ConnectionCheckedOutEvent>().Count == 1);
        var exception = await Assert.ThrowsAsync<MongoWaitQueueTimeoutException>(() => database.RunCommandAsync<BsonDocument>(Ping));
        release.SetResult();
        await slow;

        Assert.Contains("maxPoolSize=1", exception.Message, StringComparison.Ordinal);
        Assert.Contains("in use=1", exception.Message, StringComparison.Ordinal);
        Assert.Contains(events.OfType<ConnectionCheckOutFailedEvent>(), e => e.Reason == ConnectionCheckOutFailedReason.Timeout);
    }

    [Fact]
    public async Task CheckOut_ManyConcurrentRequests_EstablishAtMostMaxConnectingAtOnce()
    {
        await using var server = new FakeMongoServer { HandshakeDelay = TimeSpan.FromMilliseconds(150) };
        var events = new EventCollector();
        await using var client = new MongoClient(server.ConnectionString("maxPoolSize=10&maxConnecting=2"), new MongoClientOptions { EventSubscriber = events });
        var database = client.GetDatabase("db");
        await database.RunCommandAsync<BsonDocument>(Ping);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => database.RunCommandAsync<BsonDocument>(Ping)));

        Assert.InRange(server.MaxConcurrentHandshakes, 1, 2);
        Assert.InRange(events.OfType<ConnectionCreatedEvent>().Count, 1, 10);
    }

    [Fact]
    public async Task Pool_MinPoolSize_IsFilledInTheBackground()
    {
        await using var server = new FakeMongoServer();
        var events = new EventCollector();
        await using var client = new MongoClient(server.ConnectionString("minPoolSize=3"), new MongoClientOptions { EventSubscriber = events });

        await events.WaitForAsync(e => e.OfType<ConnectionReadyEvent>().Count >= 3);

        Assert.Equal(3, events.OfType<ConnectionCreatedEvent>().Count);
        Assert.Empty(events.OfType<ConnectionCheckOutStartedEvent>());
    }

    [Fact]
    public async Task Pool_ConnectionKilledByServer_IsClearedAndTheNextOperationSucceeds()
    {
        var killed = 0;
        await using var server = new FakeMongoServer();
        server.Handler = request => Task.FromResult(
            request.CommandName == "ping" && Interlocked.Exchange(ref killed, 1) == 0
                ? FakeReply.Close()
                : FakeReply.With(FakeMongoServer.DefaultReply(request)));
        var events = new EventCollector();
        await using var client = new MongoClient(server.ConnectionString(), new MongoClientOptions { EventSubscriber = events });
        var database = client.GetDatabase("db");

        var failure = await Assert.ThrowsAsync<MongoConnectionException>(() => database.RunCommandAsync<BsonDocument>(Ping));
        var reply = await database.RunCommandAsync<BsonDocument>(Ping);

        Assert.Equal(1, reply["ok"].ToInt32());
        Assert.Equal(server.Port, failure.ServerAddress!.Port);
        Assert.Single(events.OfType<ConnectionPoolClearedEvent>());
        Assert.Contains(events.OfType<ConnectionClosedEvent>(), e => e.Reason == ConnectionClosedReason.Error);
        Assert.Equal(2, events.OfType<ConnectionPoolReadyEvent>().Count);
        Assert.Single(events.OfType<CommandFailedEvent>());
    }

    [Fact]
    public async Task Operation_CancelledWhileReadingTheReply_ClosesThatConnectionAndLaterOperationsWork()
    {
        await using var server = new FakeMongoServer();
        server.Handler = request => Task.FromResult(request.CommandName == "hang" ? FakeReply.Never() : FakeReply.With(FakeMongoServer.DefaultReply(request)));
        var events = new EventCollector();
        await using var client = new MongoClient(server.ConnectionString(), new MongoClientOptions { EventSubscriber = events });
        var database = client.GetDatabase("db");
        await database.RunCommandAsync<BsonDocument>(Ping);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => database.RunCommandAsync<BsonDocument>(new BsonDocument("hang", 1), cancellationToken: cancellation.Token));
        await database.RunCommandAsync<BsonDocument>(Ping);

        var failed = Assert.Single(events.OfType<CommandFailedEvent>());
        Assert.Contains(events.OfType<ConnectionClosedEvent>(), e => e.ConnectionId == failed.ConnectionId && e.Reason == ConnectionClosedReason.Error);
        Assert.Empty(events.OfType<ConnectionPoolClearedEvent>());
    }

    [Fact]
    public async Task CheckOut_HandshakeSlowerThanConnectTimeout_FailsWithAConnectionTimeout()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new FakeMongoServer();
        server.Handler = async request =>
        {
            if (request.CommandName == "slow")
            {
                await release.Task;
            }

            return FakeReply.With(FakeMongoServer.DefaultReply(request));
        };
        var events = new EventCollector();
        await using var client = new MongoClient(server.ConnectionString("connectTimeoutMS=400"), new MongoClientOptions { EventSubscriber = events });
        var database = client.GetDatabase("db");
        await database.RunCommandAsync<BsonDocument>(Ping);
        var slow = database.RunCommandAsync<BsonDocument>(new BsonDocument("slow", 1));
        await events.WaitForAsync(e => e.Started("slow").Count == 1);
        server.HandshakeDelay = TimeSpan.FromSeconds(3);

        var exception = await Assert.ThrowsAsync<MongoConnectionException>(() => database.RunCommandAsync<BsonDocument>(Ping));
        release.SetResult();
        await slow;

        Assert.Contains("connectTimeoutMS", exception.Message, StringComparison.Ordinal);
        Assert.True(exception.IsNetworkTimeout);
        Assert.Contains(events.OfType<ConnectionCheckOutFailedEvent>(), e => e.Reason == ConnectionCheckOutFailedReason.ConnectionError);
    }

    [Fact]
    public async Task CheckIn_Connection_IsReusedForTheNextOperation()
    {
        await using var server = new FakeMongoServer();
        var events = new EventCollector();
        await using var client = new MongoClient(server.ConnectionString(), new MongoClientOptions { EventSubscriber = events });
        var database = client.GetDatabase("db");

        for (var i = 0; i < 5; i++)
        {
            await database.RunCommandAsync<BsonDocument>(Ping);
        }

        Assert.Single(events.OfType<ConnectionCreatedEvent>());
        Assert.Equal(5, events.OfType<ConnectionCheckedInEvent>().Count);
        Assert.Single(events.Started("ping").Select(e => e.ConnectionId).Distinct());
    }

    [Fact]
    public async Task Pool_IdleConnectionsPastMaxIdleTime_AreClosedAsIdle()
    {
        await using var server = new FakeMongoServer();
        var events = new EventCollector();
        await using var client = new MongoClient(server.ConnectionString("maxIdleTimeMS=100"), new MongoClientOptions { EventSubscriber = events });
        await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);

        await events.WaitForAsync(e => e.OfType<ConnectionClosedEvent>().Any(c => c.Reason == ConnectionClosedReason.Idle));
    }

    [Fact]
    public async Task Dispose_Client_ClosesThePoolAndItsConnections()
    {
        await using var server = new FakeMongoServer();
        var events = new EventCollector();
        var client = new MongoClient(server.ConnectionString(), new MongoClientOptions { EventSubscriber = events });
        await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);

        await client.DisposeAsync();

        Assert.Single(events.OfType<ConnectionPoolClosedEvent>());
        Assert.Contains(events.OfType<ConnectionClosedEvent>(), e => e.Reason == ConnectionClosedReason.PoolClosed);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping));
    }

    [Fact]
    public async Task Events_PoolLifecycle_ArePublishedInCmapOrder()
    {
        await using var server = new FakeMongoServer();
        var events = new EventCollector();
        await using (var client = new MongoClient(server.ConnectionString(), new MongoClientOptions { EventSubscriber = events }))
        {
            await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);
        }

        var pool = events.All.OfType<ConnectionPoolEvent>().Select(e => e.GetType().Name).ToList();
        Assert.Equal(
            ["ConnectionPoolCreatedEvent", "ConnectionPoolReadyEvent", "ConnectionCheckOutStartedEvent", "ConnectionCreatedEvent", "ConnectionReadyEvent", "ConnectionCheckedOutEvent", "ConnectionCheckedInEvent"],
            pool.Take(7));
        Assert.Equal("ConnectionPoolClosedEvent", pool[^1]);
    }
}
