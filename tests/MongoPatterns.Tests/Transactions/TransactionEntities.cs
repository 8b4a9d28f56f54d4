using System.Collections.Concurrent;
using MongoPatterns.Repositories;

namespace MongoPatterns.Tests.Transactions;

[MongoPatterns.Entities.Collection("bank_accounts")]
public sealed class BankAccount
{
    public int Id { get; set; }

    public long Balance { get; set; }
}

[MongoPatterns.Entities.Collection("transfers")]
public sealed class TransferRecord
{
    public Guid Id { get; set; }

    public int From { get; set; }

    public int To { get; set; }

    public long Amount { get; set; }
}

public sealed class InsufficientFundsException(int accountId) : Exception($"Account {accountId} has insufficient funds.");

/// <summary>Records every write notification, as a cache would receive them.</summary>
internal sealed class RecordingObserver : IRepositoryWriteObserver
{
    public ConcurrentQueue<string> Writes { get; } = new();

    public ValueTask OnWrittenAsync(string databaseName, string collectionName, CancellationToken cancellationToken)
    {
        Writes.Enqueue(databaseName + "." + collectionName);
        return ValueTask.CompletedTask;
    }
}
