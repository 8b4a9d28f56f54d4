using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Transactions;

/// <summary>Builds the commands of one logical session by hand (lsid, txnNumber, autocommit, startTransaction).</summary>
internal sealed class TransactionSession(WireTestClient client, string database)
{
    public BsonDocument Lsid { get; } = new("id", new BsonBinaryData(Guid.NewGuid()));

    public long TxnNumber { get; set; }

    /// <summary>Runs a command in transaction <see cref="TxnNumber"/>; <paramref name="start"/> adds startTransaction.</summary>
    public Task<BsonDocument> InTransactionAsync(BsonDocument command, bool start = false, string? onDatabase = null)
    {
        command.Set("lsid", Lsid);
        command.Set("txnNumber", TxnNumber);
        command.Set("autocommit", false);
        if (start)
        {
            command.Set("startTransaction", true);
        }

        return client.RunAsync(command, onDatabase ?? database);
    }

    public Task<BsonDocument> StartAsync(BsonDocument command)
    {
        TxnNumber++;
        return InTransactionAsync(command, start: true);
    }

    public Task<BsonDocument> CommitAsync() => InTransactionAsync(new BsonDocument("commitTransaction", 1), onDatabase: "admin");

    public Task<BsonDocument> AbortAsync() => InTransactionAsync(new BsonDocument("abortTransaction", 1), onDatabase: "admin");

    /// <summary>Runs a retryable write (txnNumber without autocommit).</summary>
    public Task<BsonDocument> RetryableAsync(BsonDocument command, long txnNumber)
    {
        command.Set("lsid", Lsid);
        command.Set("txnNumber", txnNumber);
        return client.RunAsync(command, database);
    }

    public static BsonDocument Insert(params BsonDocument[] documents) => new() { { "insert", "c" }, { "documents", new BsonArray(documents) } };

    public static BsonDocument Find(BsonDocument? filter = null) => new() { { "find", "c" }, { "filter", filter ?? [] } };

    public static BsonDocument Update(BsonValue id, BsonDocument update) =>
        new() { { "update", "c" }, { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument("_id", id) }, { "u", update } } } } };
}
