using MongoPatterns.Bson;
using MongoPatterns.Embedded.Aggregation;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Transactions;

/// <summary>
/// How pipeline stages inside a transaction reach other collections: <c>$lookup</c>, <c>$unionWith</c> and
/// <c>$graphLookup</c> read the transaction's snapshot plus its own writes; <c>$out</c> and <c>$merge</c> are refused.
/// </summary>
/// <param name="transaction">The transaction.</param>
internal sealed class TransactionAggregationHost(ServerTransaction transaction) : IAggregationHost
{
    /// <inheritdoc />
    public IEnumerable<BsonDocument> Scan(string database, string collection)
    {
        var state = transaction.Workspace.FindCollection(database, collection);
        return state is null ? [] : state.Records.Values.Select(r => r.Document);
    }

    /// <inheritdoc />
    public void ReplaceCollection(string database, string collection, IReadOnlyList<BsonDocument> documents) =>
        throw new MongoServerException(ErrorCodes.OperationNotSupportedInTransaction, "$out cannot be used in a transaction");

    /// <inheritdoc />
    public void Merge(string database, string collection, IReadOnlyList<BsonDocument> documents, MergeOptions options) =>
        throw new MongoServerException(ErrorCodes.OperationNotSupportedInTransaction, "$merge cannot be used in a transaction");
}
