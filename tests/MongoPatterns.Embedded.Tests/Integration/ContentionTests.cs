using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;
using Xunit.Abstractions;

namespace MongoPatterns.Embedded.Tests.Integration;

/// <summary>
/// Many clients racing on one server: the issue #5 workload (32 MongoClients x 10,000 mixed operations, see
/// <see cref="ContentionWorkload"/>), plus small raw-wire races on counters and optimistic replacements.
/// </summary>
public class ContentionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ThirtyTwoClients_TenThousandMixedOperationsEach_KeepUniqueKeysAndCountersExact()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        var workload = new ContentionWorkload(server.ConnectionString, clients: 32, operationsPerClient: 10_000, seed: 5);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        var tally = await workload.RunAsync(timeout.Token);
        output.WriteLine(tally.Describe());

        // Every kind of operation ran, and the unique key really was contended.
        Assert.Equal(32 * 10_000, tally.TotalOperations);
        Assert.Equal(Enum.GetValues<ContentionOperation>(), tally.OperationCounts.Keys);
        Assert.All(tally.OperationCounts, count => Assert.True(count.Value > 1_000, $"{count.Key} ran only {count.Value} times"));
        Assert.True(tally.DuplicateInserts > 1_000, "too few colliding inserts: " + tally.DuplicateInserts);
        Assert.True(tally.DuplicateRenames > 0, "no rename collided");

        var state = await workload.ReadFinalStateAsync(timeout.Token);
        Assert.Empty(state.DuplicatedKeys);
        Assert.True(state.UniqueIndexListed, "the unique index email_1 is no longer listed");
        Assert.Equal(tally.AcknowledgedInserts - tally.AcknowledgedDeletes, state.UserCount);
        Assert.Equal(tally.AcknowledgedIncrements, state.Counters);
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
