using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Integration;

public class ContentionTests
{
    [Fact]
    public async Task ThirtyTwoClients_MixedOperations_KeepUniqueIndexAndCountersExact()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        await using (var setup = await WireTestClient.ConnectAsync(server))
        {
            await setup.RunOkAsync(new BsonDocument { { "createIndexes", "users" }, { "indexes", new BsonArray { new BsonDocument { { "key", new BsonDocument("email", 1) }, { "name", "email_1" }, { "unique", true } } } } }, "load");
        }

        const int clients = 32;
        const int operations = 60;
        var uniqueSuccesses = 0;
        var duplicates = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            await using var client = await WireTestClient.ConnectAsync(server);
            for (var i = 0; i < operations; i++)
            {
                // Every client races for the same 20 e-mail addresses: each address must be stored exactly once.
                var reply = await client.RunAsync(new BsonDocument { { "insert", "users" }, { "documents", new BsonArray { new BsonDocument("email", $"user{i % 20}@example.com") } } }, "load");
                if (reply["n"].AsInt32 == 1)
                {
                    Interlocked.Increment(ref uniqueSuccesses);
                }
                else
                {
                    Assert.Equal(11000, reply["writeErrors"][0]["code"].AsInt32);
                    Interlocked.Increment(ref duplicates);
                }

                // A per-client log of inserts, read back with find by _id.
                await client.RunOkAsync(new BsonDocument { { "insert", "log" }, { "documents", new BsonArray { new BsonDocument { { "_id", $"{c}-{i}" }, { "c", c } } } } }, "load");
                var found = await client.RunAsync(new BsonDocument { { "find", "log" }, { "filter", new BsonDocument("_id", $"{c}-{i}") } }, "load");
                Assert.Single(found["cursor"]["firstBatch"].AsBsonArray);
            }
        })));

        await using var check = await WireTestClient.ConnectAsync(server);
        Assert.Equal(20, uniqueSuccesses);
        Assert.Equal((clients * operations) - 20, duplicates);
        Assert.Equal(20, (await check.RunAsync(new BsonDocument("count", "users"), "load"))["n"].AsInt32);
        Assert.Equal(clients * operations, (await check.RunAsync(new BsonDocument("count", "log"), "load"))["n"].AsInt32);
    }

    [Fact]
    public async Task ThirtyTwoClients_IncrementingCounters_LoseNoIncrement()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        const int clients = 32;
        const int increments = 50;

        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            await using var client = await WireTestClient.ConnectAsync(server);
            for (var i = 0; i < increments; i++)
            {
                // Two shared counters (upserted by whoever comes first) and one findAndModify sequence.
                var reply = await client.RunAsync(new BsonDocument
                {
                    { "update", "counters" },
                    {
                        "updates", new BsonArray
                        {
                            new BsonDocument { { "q", new BsonDocument("_id", "a") }, { "u", new BsonDocument("$inc", new BsonDocument("n", 1)) }, { "upsert", true } },
                            new BsonDocument { { "q", new BsonDocument("_id", "b") }, { "u", new BsonDocument("$inc", new BsonDocument("n", 2)) }, { "upsert", true } },
                        }
                    },
                }, "load");
                Assert.Equal(2, reply["n"].AsInt32);
                var sequence = await client.RunAsync(new BsonDocument
                {
                    { "findAndModify", "counters" },
                    { "query", new BsonDocument("_id", "seq") },
                    { "update", new BsonDocument("$inc", new BsonDocument("n", 1)) },
                    { "upsert", true },
                    { "new", true },
                }, "load");
                Assert.True(sequence["value"]["n"].AsInt32 >= 1);
            }
        })));

        await using var check = await WireTestClient.ConnectAsync(server);
        var counters = await check.RunAsync(new BsonDocument { { "find", "counters" }, { "sort", new BsonDocument("_id", 1) } }, "load");
        Assert.Equal(
            new BsonArray
            {
                new BsonDocument { { "_id", "a" }, { "n", clients * increments } },
                new BsonDocument { { "_id", "b" }, { "n", 2 * clients * increments } },
                new BsonDocument { { "_id", "seq" }, { "n", clients * increments } },
            },
            counters["cursor"]["firstBatch"]);
    }

    [Fact]
    public async Task ConcurrentReplacementCounters_LoseNoIncrement()
    {
        // Optimistic concurrency with replacements: read the value, then replace only if it is unchanged.
        await using var server = await EmbeddedMongo.StartAsync();
        await using (var setup = await WireTestClient.ConnectAsync(server))
        {
            await setup.RunOkAsync(new BsonDocument { { "insert", "counters" }, { "documents", new BsonArray { new BsonDocument { { "_id", "c" }, { "n", 0 } } } } }, "load");
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            await using var client = await WireTestClient.ConnectAsync(server);
            for (var i = 0; i < 25; i++)
            {
                while (true)
                {
                    var current = await client.RunAsync(new BsonDocument { { "find", "counters" }, { "filter", new BsonDocument("_id", "c") } }, "load");
                    var n = current["cursor"]["firstBatch"][0]["n"].AsInt32;
                    var reply = await client.RunAsync(new BsonDocument { { "findAndModify", "counters" }, { "query", new BsonDocument { { "_id", "c" }, { "n", n } } }, { "update", new BsonDocument("n", n + 1) } }, "load");
                    if (reply["lastErrorObject"]["n"].AsInt32 == 1)
                    {
                        break;
                    }
                }
            }
        })));

        await using var check = await WireTestClient.ConnectAsync(server);
        var final = await check.RunAsync(new BsonDocument { { "find", "counters" }, { "filter", new BsonDocument("_id", "c") } }, "load");
        Assert.Equal(400, final["cursor"]["firstBatch"][0]["n"].AsInt32);
    }
}
