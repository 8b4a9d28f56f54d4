using MongoPatterns.Repositories;
using MongoPatterns.Samples.Tour.Model;
using MongoPatterns.Transactions;

namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>
/// Moves money between two accounts with <see cref="ITransactionRunner"/>: both balances change, or neither does.
/// Repository calls inside the callback join the transaction's ambient session, so no session is passed around.
/// Transactions need a replica set; the Tour's embedded server runs as the single-member replica set <c>rs0</c>.
/// </summary>
internal sealed class MoneyTransferStep(IRepository<Account> accounts, ITransactionRunner transactions) : ITourStep
{
    public string Title => "Money transfer in a transaction";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var alice = new Account { Owner = "Alice", BalanceCents = 100_000 };
        var bob = new Account { Owner = "Bob", BalanceCents = 25_000 };
        await accounts.InsertManyAsync([alice, bob], cancellationToken);

        var (_, elapsed) = await TourConsole.MeasureAsync(async () =>
        {
            await TransferAsync(alice.Id!, bob.Id!, 30_000, cancellationToken);
            return true;
        });
        TourConsole.Figure("Transferred", "300.00 from Alice to Bob");
        TourConsole.Timing("Transaction", elapsed);
        await PrintBalancesAsync(alice.Id!, bob.Id!, cancellationToken);

        // Too much: the callback throws, the transaction aborts, the exception comes back unchanged and nothing changes.
        try
        {
            await TransferAsync(alice.Id!, bob.Id!, 1_000_000, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            TourConsole.Figure("Second transfer (10,000.00) aborted", ex.Message);
        }

        await PrintBalancesAsync(alice.Id!, bob.Id!, cancellationToken);
    }

    // RunAsync commits when the callback returns, aborts when it throws, and re-runs the whole callback on transient
    // errors (a write conflict), so the callback reads what it needs itself and has no other side effects.
    private Task TransferAsync(string fromId, string toId, long amountCents, CancellationToken cancellationToken) =>
        transactions.RunAsync(
            async ct =>
            {
                var source = await accounts.GetByIdAsync(fromId, ct) ?? throw new InvalidOperationException("no such account");
                if (source.BalanceCents < amountCents)
                {
                    throw new InvalidOperationException("insufficient funds");
                }

                await accounts.UpdateAsync(fromId, u => u.Inc(x => x.BalanceCents, -amountCents), ct);
                await accounts.UpdateAsync(toId, u => u.Inc(x => x.BalanceCents, amountCents), ct);
            },
            cancellationToken: cancellationToken);

    private async Task PrintBalancesAsync(string aliceId, string bobId, CancellationToken cancellationToken)
    {
        var alice = await accounts.GetByIdAsync(aliceId, cancellationToken);
        var bob = await accounts.GetByIdAsync(bobId, cancellationToken);
        TourConsole.Figure("Balances (Alice / Bob / total)", $"{alice!.BalanceCents / 100m:F2} / {bob!.BalanceCents / 100m:F2} / {(alice.BalanceCents + bob.BalanceCents) / 100m:F2}");
    }
}
