using System.Diagnostics;
using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Sessions;

/// <summary>
/// A server session (Driver Sessions specification): the <c>lsid</c> sent with commands, when it was last used, the
/// transaction number for retryable writes and transactions, and whether a network error made it unsafe to reuse.
/// </summary>
internal sealed class ServerSession : IServerSession
{
    /// <summary>Creates a session with a fresh random UUID.</summary>
    public ServerSession()
    {
        Id = new BsonDocument("id", new BsonBinaryData(Guid.NewGuid()));
        LastUsedTimestamp = Stopwatch.GetTimestamp();
    }

    /// <summary>Gets the <c>lsid</c> document, <c>{ id: UUID }</c>.</summary>
    public BsonDocument Id { get; }

    /// <summary>Gets the <see cref="Stopwatch"/> timestamp of the last command sent with this session.</summary>
    public long LastUsedTimestamp { get; private set; }

    /// <summary>Gets the transaction number of the last retryable write or transaction.</summary>
    public long TransactionNumber { get; private set; }

    /// <summary>Gets a value indicating whether a network error happened while the session was in use (it is then discarded).</summary>
    public bool IsDirty { get; private set; }

    /// <summary>Records a use.</summary>
    public void MarkUsed() => LastUsedTimestamp = Stopwatch.GetTimestamp();

    /// <summary>Marks the session unsafe to reuse.</summary>
    public void MarkDirty() => IsDirty = true;

    /// <summary>Advances and returns the transaction number.</summary>
    public long AdvanceTransactionNumber() => ++TransactionNumber;

    /// <summary>Whether the session would time out within a minute, given the server's session timeout.</summary>
    public bool IsAboutToExpire(TimeSpan? logicalSessionTimeout) =>
        logicalSessionTimeout is { } timeout && Stopwatch.GetElapsedTime(LastUsedTimestamp) > timeout - TimeSpan.FromMinutes(1);
}
