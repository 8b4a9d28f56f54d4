using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>The server-side session behind a client session: its <c>lsid</c> and its transaction number.</summary>
public interface IServerSession
{
    /// <summary>Gets the <c>lsid</c> document, <c>{ id: UUID }</c>.</summary>
    BsonDocument Id { get; }

    /// <summary>Gets the number of the latest transaction or retryable write run with this session.</summary>
    long TransactionNumber { get; }
}
