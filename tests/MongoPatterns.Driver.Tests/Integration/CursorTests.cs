using MongoPatterns.Bson;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Integration;

/// <summary>Cursors over many batches, limits, early disposal and cancellation.</summary>
public sealed class CursorTests(EmbeddedMongoFixture fixture) : IntegrationTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    private async Task SeedAsync(int count) =>
        await Collection().InsertManyAsync(Enumerable.Range(0, count).Select(i => new BsonDocument { { "_id", i }, { "payload", new string('p', 50) } }));

    [SkippableFact]
    public Task Find_ManyBatches_FetchesThemWithGetMoreOnTheSameSession() => ServerFeature(async () =>
    {
        await SeedAsync(105);

        var cursor = await Collection().FindAsync(FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { BatchSize = 10, Sort = new BsonDocument("_id", 1) });
        var batches = new List<int>();
        var ids = new List<int>();
        while (await cursor.MoveNextAsync())
        {
            batches.Add(cursor.Current.Count());
            ids.AddRange(cursor.Current.Select(d => d["_id"].AsInt32));
        }

        Assert.Equal(Enumerable.Range(0, 105), ids);
        Assert.Equal(11, batches.Count);
        var getMores = Events.Started("getMore");
        Assert.Equal(10, getMores.Count);
        Assert.All(getMores, getMore => Assert.Equal(10, getMore.Command["batchSize"].AsInt32));
        Assert.Empty(Events.Started("killCursors"));
        var find = Events.Started("find").Single();
        Assert.All(getMores, getMore => Assert.Equal(find.OperationId, getMore.OperationId));
    });

    [SkippableFact]
    public Task Find_WithLimitAcrossBatches_StopsAtTheLimit() => ServerFeature(async () =>
    {
        await SeedAsync(50);

        var found = await (await Collection().FindAsync(FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { BatchSize = 10, Limit = 25 })).ToListAsync();

        Assert.Equal(25, found.Count);
        var getMores = Events.Started("getMore");
        Assert.Equal(5, getMores[^1].Command["batchSize"].AsInt32);
    });

    [SkippableFact]
    public Task Dispose_CursorNotExhausted_KillsTheServerCursor() => ServerFeature(async () =>
    {
        await SeedAsync(30);

        await using (var cursor = await Collection().FindAsync(FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { BatchSize = 5 }))
        {
            Assert.True(await cursor.MoveNextAsync());
        }

        var kill = Assert.Single(Events.Started("killCursors"));
        Assert.Equal("items", kill.Command["killCursors"].AsString);
        var killed = Events.OfType<CommandSucceededEvent>().Single(e => e.CommandName == "killCursors");
        Assert.Single(killed.Reply["cursorsKilled"].AsBsonArray);
    });

    [SkippableFact]
    public Task FirstOrDefault_OnALargeResult_DoesNotLeaveACursorOpen() => ServerFeature(async () =>
    {
        await SeedAsync(30);

        var cursor = await Collection().FindAsync(FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { BatchSize = 5 });
        var first = await cursor.FirstOrDefaultAsync();

        Assert.NotNull(first);
        Assert.Single(Events.Started("killCursors"));
    });

    [SkippableFact]
    public Task MoveNext_Cancelled_ThrowsAndKillsTheServerCursor() => ServerFeature(async () =>
    {
        await SeedAsync(30);
        var cursor = await Collection().FindAsync(FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { BatchSize = 5 });
        Assert.True(await cursor.MoveNextAsync());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cursor.MoveNextAsync(cancelled.Token));

        await Events.WaitForAsync(e => e.OfType<CommandSucceededEvent>().Any(s => s.CommandName == "killCursors"));
        Assert.False(await cursor.MoveNextAsync());
    });

    [SkippableFact]
    public Task AwaitForeach_OverACursor_ReadsEveryDocument() => ServerFeature(async () =>
    {
        await SeedAsync(23);
        var count = 0;

        await foreach (var document in await Collection().FindAsync(FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { BatchSize = 4 }))
        {
            Assert.True(document.Contains("_id"));
            count++;
        }

        Assert.Equal(23, count);
    });

    [SkippableFact]
    public Task Find_NegativeLimit_ReturnsASingleBatch() => ServerFeature(async () =>
    {
        await SeedAsync(20);

        var found = await (await Collection().FindAsync(FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { Limit = -3 })).ToListAsync();

        Assert.Equal(3, found.Count);
        var find = Events.Started("find").Single();
        Assert.True(find.Command["singleBatch"].AsBoolean);
        Assert.Equal(3, find.Command["limit"].AsInt32);
        Assert.Empty(Events.Started("getMore"));
    });
}
