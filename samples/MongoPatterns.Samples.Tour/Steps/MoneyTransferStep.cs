using MongoPatterns.Bson;
using MongoPatterns.Databases;
using MongoPatterns.Driver;
using MongoPatterns.Repositories;
using MongoPatterns.Samples.Tour.Model;

namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>
/// Moves money between two accounts in a multi-document transaction: both balances change, or neither does.
/// Transactions need a replica set; the Tour's embedded server runs as the single-member replica set <c>rs0</c>.
/// </summary>
internal sealed class MoneyTransferStep(IRepository<Account> accounts, IMongoDatabaseProvider databases) : ITourStep
{
    public string Title => "Money transfer in a transaction";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var alice = new Account { Owner = "Alice", BalanceCents = 100_000 };
        var bob = new Account { Owner = "Bob", BalanceCents = 25_000 };
        await accounts.InsertManyAsync([alice, bob], cancellationToken);

        // The transfer works on the driver's collection, in the database the repository uses (core).
        var collection = databases.GetDatabase("core").GetCollection<BsonDocument>("accounts");
        var client = collection.Database.Client;

        var (_, elapsed) = await TourConsole.MeasureAsync(() => TransferAsync(client, collection, alice.Id!, bob.Id!, 30_000, cancellationToken));
        TourConsole.Figure("Transferred", "300.00 from Alice to Bob");
        TourConsole.Timing("Transaction", elapsed);
        await PrintBalancesAsync(alice.Id!, bob.Id!, cancellationToken);

        // Too much: the callback throws, the transaction aborts and nothing changes.
        try
        {
            await TransferAsync(client, collection, alice.Id!, bob.Id!, 1_000_000, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            TourConsole.Figure("Second transfer (10,000.00) aborted", ex.Message);
        }

        await PrintBalancesAsync(alice.Id!, bob.Id!, cancellationToken);
    }

    private static async Task<bool> TransferAsync(IMongoClient client, IMongoCollection<BsonDocument> collection, string fromId, string toId, long amountCents, CancellationToken cancellationToken)
    {
        await using var session = await client.StartSessionAsync(cancellationToken: cancellationToken);

        // WithTransactionAsync commits when the callback returns, aborts when it throws, and retries transient errors.
        await session.WithTransactionAsync(
            async (s, ct) =>
            {
                var filter = Builders<BsonDocument>.Filter;
                var update = Builders<BsonDocument>.Update;

                // Debit only when the balance covers the amount; otherwise abort by throwing.
                var debited = await collection.FindOneAndUpdateAsync(
                    s,
                    filter.And(filter.Eq("_id", ObjectId.Parse(fromId)), filter.Gte("balanceCents", amountCents)),
                    update.Inc("balanceCents", -amountCents),
                    cancellationToken: ct);
                if (debited is null)
                {
                    throw new InvalidOperationException("insufficient funds");
                }

                await collection.FindOneAndUpdateAsync(s, filter.Eq("_id", ObjectId.Parse(toId)), update.Inc("balanceCents", amountCents), cancellationToken: ct);
            },
            cancellationToken: cancellationToken);
        return true;
    }

    private async Task PrintBalancesAsync(string aliceId, string bobId, CancellationToken cancellationToken)
    {
        var alice = await accounts.GetByIdAsync(aliceId, cancellationToken);
        var bob = await accounts.GetByIdAsync(bobId, cancellationToken);
        TourConsole.Figure("Balances (Alice / Bob / total)", $"{alice!.BalanceCents / 100m:F2} / {bob!.BalanceCents / 100m:F2} / {(alice.BalanceCents + bob.BalanceCents) / 100m:F2}");
    }
}
