using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Cursors;

public class CursorTimeoutIntegrationTests
{
    [Fact]
    public async Task IdleCursor_TimesOutOnTheServersClock_AndTtlMonitorExpiresDocuments()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await EmbeddedMongo.StartAsync(new EmbeddedMongoOptions
        {
            TimeProvider = clock,
            CursorTimeout = TimeSpan.FromMinutes(10),
            TtlMonitorInterval = TimeSpan.FromSeconds(60),
        });
        await using var client = await WireTestClient.ConnectAsync(server);
        var docs = new BsonArray(Enumerable.Range(0, 10).Select(i => (BsonValue)new BsonDocument { { "_id", i }, { "at", new BsonDateTime(clock.GetUtcNow()) } }));
        await client.RunOkAsync(new BsonDocument { { "insert", "c" }, { "documents", docs } }, "db");
        await client.RunOkAsync(new BsonDocument { { "createIndexes", "c" }, { "indexes", new BsonArray { new BsonDocument { { "key", new BsonDocument("at", 1) }, { "name", "at_1" }, { "expireAfterSeconds", 300 } } } } }, "db");
        var first = await client.RunAsync(new BsonDocument { { "find", "c" }, { "batchSize", 2 } }, "db");

        clock.Advance(TimeSpan.FromMinutes(11));
        var more = await client.RunAsync(new BsonDocument { { "getMore", first["cursor"]["id"] }, { "collection", "c" } }, "db");
        var count = await client.RunAsync(new BsonDocument("count", "c"), "db");

        Assert.Equal(43, more["code"].AsInt32);
        Assert.Equal(0, count["n"].AsInt32);
    }
}
