using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.Embedded.Tests.Integration;

/// <summary>
/// The issue #5 workload: N clients, each a <see cref="MongoClient"/> with its own connection pool, run a seeded random
/// mix of operations concurrently on a <c>users</c> collection with a unique index on <c>email</c> (keys drawn from a
/// small shared pool, so inserts and renames collide across clients) and a <c>counters</c> collection updated with
/// <c>$inc</c>. Each client counts what the server acknowledged, so the final state can be checked exactly.
/// </summary>
internal sealed class ContentionWorkload(string connectionString, int clients, int operationsPerClient, int seed)
{
    /// <summary>The database the workload writes to.</summary>
    public const string DatabaseName = "contention";

    /// <summary>How many distinct e-mail addresses the clients race for.</summary>
    public const int KeyCount = 1_000;

    /// <summary>How many shared counters the clients increment.</summary>
    public const int CounterCount = 8;

    private static readonly BsonDocument EmailKeyPattern = new("email", 1);

    /// <summary>Creates the unique index, then runs every client at once and merges their tallies.</summary>
    /// <param name="cancellationToken">Bounds the run.</param>
    /// <returns>What the server acknowledged, summed over the clients.</returns>
    public async Task<ContentionTally> RunAsync(CancellationToken cancellationToken = default)
    {
        var mongoClients = Enumerable.Range(0, clients).Select(_ => new MongoClient(connectionString)).ToArray();
        try
        {
            var users = Users(mongoClients[0]);
            await users.Indexes.CreateOneAsync(
                new CreateIndexModel<BsonDocument>(EmailKeyPattern, new CreateIndexOptions { Name = "email_1", Unique = true }),
                cancellationToken: cancellationToken);

            // Open every pool before the clock starts: the run measures operations, not connection handshakes.
            await Task.WhenAll(mongoClients.Select(c => c.GetDatabase(DatabaseName).RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken)));

            var started = TimeProvider.System.GetTimestamp();
            var tallies = await Task.WhenAll(mongoClients.Select((client, index) => Task.Run(() => RunClientAsync(client, index, cancellationToken), cancellationToken)));
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            return ContentionTally.Merge(tallies, elapsed);
        }
        finally
        {
            foreach (var client in mongoClients)
            {
                await client.DisposeAsync();
            }
        }
    }

    /// <summary>Reads back what the server holds after the run.</summary>
    /// <param name="cancellationToken">Bounds the reads.</param>
    /// <returns>The users count, any duplicated unique keys, whether the unique index is listed and the counters.</returns>
    public async Task<ContentionFinalState> ReadFinalStateAsync(CancellationToken cancellationToken = default)
    {
        await using var client = new MongoClient(connectionString);
        var users = Users(client);
        var duplicated = await (await users.AggregateAsync(
            [
                new BsonDocument("$group", new BsonDocument { { "_id", "$email" }, { "count", new BsonDocument("$sum", 1) } }),
                new BsonDocument("$match", new BsonDocument("count", new BsonDocument("$gt", 1))),
            ],
            cancellationToken: cancellationToken)).ToListAsync(cancellationToken);
        var indexes = await (await users.Indexes.ListAsync(cancellationToken)).ToListAsync(cancellationToken);
        var uniqueIndexListed = indexes.Any(i =>
            i["name"] == "email_1" && i["key"] == EmailKeyPattern && i.TryGetValue("unique", out var unique) && unique.ToBoolean());
        var userCount = await users.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty, cancellationToken: cancellationToken);
        var counters = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var counter in await Counters(client).Find(FilterDefinition<BsonDocument>.Empty).ToListAsync(cancellationToken))
        {
            counters.Add(counter["_id"].AsString, counter["n"].ToInt64());
        }

        return new ContentionFinalState(userCount, duplicated, uniqueIndexListed, counters);
    }

    private static IMongoCollection<BsonDocument> Users(MongoClient client) => client.GetDatabase(DatabaseName).GetCollection<BsonDocument>("users");

    private static IMongoCollection<BsonDocument> Counters(MongoClient client) => client.GetDatabase(DatabaseName).GetCollection<BsonDocument>("counters");

    private static string Email(int key) => "user" + key.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@example.com";

    private static string CounterId(int counter) => "c" + counter.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertDuplicateKey(MongoWriteException exception, string email)
    {
        var error = exception.WriteError;
        Assert.NotNull(error);
        Assert.Equal(11000, error.Code);
        Assert.IsType<MongoDuplicateKeyException>(exception);
        Assert.Equal(EmailKeyPattern, error.KeyPattern);
        Assert.Equal(new BsonDocument("email", email), error.KeyValue);
    }

    private async Task<ContentionTally> RunClientAsync(MongoClient client, int clientIndex, CancellationToken cancellationToken)
    {
        var users = Users(client);
        var counters = Counters(client);
        var random = new Random((seed * 1_000) + clientIndex);
        var tally = new ContentionTally();
        var lastSeen = new long[CounterCount];
        var upsert = new UpdateOptions { IsUpsert = true };
        var incrementAndReturn = new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After };
        for (var i = 0; i < operationsPerClient; i++)
        {
            var roll = random.Next(100);
            var email = Email(random.Next(KeyCount));
            var counter = random.Next(CounterCount);
            switch (roll)
            {
                case < 25:
                    tally.Count(ContentionOperation.Insert);
                    try
                    {
                        await users.InsertOneAsync(new BsonDocument { { "email", email }, { "owner", clientIndex }, { "step", i } }, cancellationToken: cancellationToken);
                        tally.AcknowledgedInserts++;
                    }
                    catch (MongoWriteException exception) when (exception.WriteError?.Category == ServerErrorCategory.DuplicateKey)
                    {
                        AssertDuplicateKey(exception, email);
                        tally.DuplicateInserts++;
                    }

                    break;

                case < 50:
                    tally.Count(ContentionOperation.Increment);
                    var incremented = await counters.UpdateOneAsync(
                        new BsonDocument("_id", CounterId(counter)), new BsonDocument("$inc", new BsonDocument("n", 1)), upsert, cancellationToken);
                    Assert.True(incremented.IsAcknowledged);
                    Assert.Equal(1, incremented.MatchedCount + (incremented.UpsertedId is null ? 0 : 1));
                    tally.Increment(CounterId(counter));
                    break;

                case < 60:
                    tally.Count(ContentionOperation.FindAndModify);
                    var after = await counters.FindOneAndUpdateAsync(
                        new BsonDocument("_id", CounterId(counter)), new BsonDocument("$inc", new BsonDocument("n", 1)), incrementAndReturn, cancellationToken);
                    Assert.NotNull(after);
                    tally.Increment(CounterId(counter));

                    // This client's own increment is in the value, so it is beyond anything the client saw before.
                    var value = after["n"].ToInt64();
                    Assert.True(value > lastSeen[counter], $"counter {CounterId(counter)} went from {lastSeen[counter]} to {value}");
                    lastSeen[counter] = value;
                    break;

                case < 75:
                    tally.Count(ContentionOperation.Find);
                    if (roll % 2 == 0)
                    {
                        var matches = await users.Find(new BsonDocument("email", email)).ToListAsync(cancellationToken);
                        Assert.True(matches.Count <= 1, $"{matches.Count} users have {email}");
                    }
                    else
                    {
                        var current = await counters.Find(new BsonDocument("_id", CounterId(counter))).FirstOrDefaultAsync(cancellationToken);
                        var seen = current?["n"].ToInt64() ?? 0;
                        Assert.True(seen >= lastSeen[counter], $"counter {CounterId(counter)} read {seen} after {lastSeen[counter]}");
                        lastSeen[counter] = seen;
                    }

                    break;

                case < 85:
                    tally.Count(ContentionOperation.Update);
                    if (roll % 3 == 0)
                    {
                        // Renaming to a key another document may hold must fail with the same duplicate key error.
                        var newEmail = Email(random.Next(KeyCount));
                        try
                        {
                            await users.UpdateOneAsync(new BsonDocument("email", email), new BsonDocument("$set", new BsonDocument("email", newEmail)), cancellationToken: cancellationToken);
                        }
                        catch (MongoWriteException exception) when (exception.WriteError?.Category == ServerErrorCategory.DuplicateKey)
                        {
                            AssertDuplicateKey(exception, newEmail);
                            tally.DuplicateRenames++;
                        }
                    }
                    else
                    {
                        await users.UpdateOneAsync(new BsonDocument("email", email), new BsonDocument("$set", new BsonDocument("owner", clientIndex)), cancellationToken: cancellationToken);
                    }

                    break;

                default:
                    tally.Count(ContentionOperation.Delete);
                    var deleted = await users.DeleteOneAsync(new BsonDocument("email", email), cancellationToken: cancellationToken);
                    tally.AcknowledgedDeletes += deleted.DeletedCount;
                    break;
            }
        }

        return tally;
    }
}
