using MongoPatterns.Exceptions;
using MongoPatterns.Repositories;
using MongoPatterns.Transactions;

namespace MongoPatterns.Tests.Transactions;

// The code of the README's "Transactions" section (library level), kept compiling here.
public sealed class TransferService(ITransactionRunner transactions, IUnitOfWork unitOfWork, IRepository<BankAccount> accounts, IRepository<TransferRecord> transfers)
{
    public Task TransferAsync(int from, int to, long amount, CancellationToken cancellationToken = default)
    {
        var transfer = new TransferRecord { Id = Guid.NewGuid(), From = from, To = to, Amount = amount }; // outside: a retry reuses it
        return transactions.RunAsync(async ct =>
        {
            var source = await accounts.GetByIdAsync(from, ct) ?? throw new EntityNotFoundException($"Account {from} does not exist.");
            if (source.Balance < amount)
            {
                throw new InsufficientFundsException(from); // aborts, rethrown as is, never retried
            }

            await accounts.UpdateAsync(from, u => u.Inc(x => x.Balance, -amount), ct);
            await accounts.UpdateAsync(to, u => u.Inc(x => x.Balance, amount), ct);
            await transfers.InsertAsync(transfer, ct);
        }, cancellationToken: cancellationToken);
    }

    public async Task OpenAsync(int id, long balance, CancellationToken cancellationToken = default)
    {
        await using var unit = await unitOfWork.BeginAsync(cancellationToken: cancellationToken);
        await accounts.InsertAsync(new BankAccount { Id = id, Balance = balance }, cancellationToken);
        await unit.CommitAsync(cancellationToken); // without it, disposing the unit aborts
    }
}
