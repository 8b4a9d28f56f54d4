using System.Collections.Concurrent;
using System.Diagnostics;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Integration;

namespace MongoPatterns.Driver.Tests.Transactions;

/// <summary>
/// The money example of the issue: concurrent transfers between ten accounts for ten seconds, each in
/// <see cref="IClientSessionHandle.WithTransactionAsync"/>: abort on insufficient funds, log every transfer.
/// </summary>
[Collection(TransferExampleCollection.Name)]
public sealed class TransferExampleTests(ReplicaSetFixture fixture) : IntegrationTest(fixture), IClassFixture<ReplicaSetFixture>
{
    private const int AccountCount = 10;
    private const int InitialBalance = 100;
    private const int Workers = 6;

    [Fact]
    public async Task ConcurrentTransfers_ConserveTheTotal_NeverGoNegative_AndAreLoggedExactlyOnce()
    {
        var accounts = Collection("accounts");
        var transfers = Collection("transfers");
        await accounts.InsertManyAsync(Enumerable.Range(0, AccountCount).Select(i => new BsonDocument { { "_id", i }, { "balance", InitialBalance } }));
        var committed = new ConcurrentBag<string>();
        var insufficient = 0;
        var deadline = Stopwatch.StartNew();

        async Task WorkerAsync(int worker)
        {
            var random = new Random(worker);
            await using var session = await Client.StartSessionAsync();
            for (var n = 0; deadline.Elapsed < TimeSpan.FromSeconds(10); n++)
            {
                var from = random.Next(AccountCount);
                var to = (from + 1 + random.Next(AccountCount - 1)) % AccountCount;
                var amount = random.Next(1, 60);
                var transferId = $"{worker}-{n}";
                try
                {
                    await session.WithTransactionAsync(async (s, ct) =>
                    {
                        var source = await accounts.Find(s, Filter.Eq("_id", from)).FirstAsync(ct);
                        if (source["balance"].AsInt32 < amount)
                        {
                            throw new InsufficientFundsException();
                        }

                        await accounts.UpdateOneAsync(s, Filter.Eq("_id", from), Update.Inc("balance", -amount), cancellationToken: ct);
                        await accounts.UpdateOneAsync(s, Filter.Eq("_id", to), Update.Inc("balance", amount), cancellationToken: ct);
                        await transfers.InsertOneAsync(s, new BsonDocument { { "_id", transferId }, { "from", from }, { "to", to }, { "amount", amount } }, cancellationToken: ct);
                    });
                    committed.Add(transferId);
                }
                catch (InsufficientFundsException)
                {
                    Interlocked.Increment(ref insufficient);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(() => WorkerAsync(worker))));

        var balances = await accounts.Find(Filter.Empty).ToListAsync();
        var logged = await transfers.Find(Filter.Empty).ToListAsync();
        Assert.Equal(AccountCount * InitialBalance, balances.Sum(account => account["balance"].AsInt32));
        Assert.All(balances, account => Assert.True(account["balance"].AsInt32 >= 0));
        Assert.True(committed.Count > 20, $"only {committed.Count} transfers committed");
        Assert.Equal(committed.Order(StringComparer.Ordinal), logged.Select(t => t["_id"].AsString).Order(StringComparer.Ordinal));

        // Replaying the log from the initial balances gives the final balances.
        var expected = new int[AccountCount];
        Array.Fill(expected, InitialBalance);
        foreach (var transfer in logged)
        {
            expected[transfer["from"].AsInt32] -= transfer["amount"].AsInt32;
            expected[transfer["to"].AsInt32] += transfer["amount"].AsInt32;
        }

        Assert.Equal(expected, balances.OrderBy(a => a["_id"].AsInt32).Select(a => a["balance"].AsInt32));
    }

    private sealed class InsufficientFundsException : Exception
    {
        public InsufficientFundsException()
            : base("insufficient funds")
        {
        }
    }
}
