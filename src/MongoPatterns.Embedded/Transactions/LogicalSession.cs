using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Transactions;

/// <summary>
/// The server side of a logical session that used transaction numbers: the highest number seen, the transaction or
/// retryable write running at that number, and the stored reply of that retryable write (returned again, without
/// re-applying it, when the driver retries). Commands of one session are checked out one at a time with
/// <see cref="Gate"/>, as mongod checks sessions out.
/// </summary>
internal sealed class LogicalSession : IDisposable
{
    /// <summary>Creates the session state.</summary>
    /// <param name="id">The <c>lsid.id</c> value.</param>
    /// <param name="now">The time of first use.</param>
    public LogicalSession(BsonValue id, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(id);
        Id = id;
        LastUse = now;
    }

    /// <summary>Gets the session id (<c>lsid.id</c>).</summary>
    public BsonValue Id { get; }

    /// <summary>Gets the checkout gate: one command of the session at a time.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Gets or sets the highest transaction number seen (-1 before the first).</summary>
    public long ActiveTxnNumber { get; set; } = -1;

    /// <summary>Gets or sets the transaction at <see cref="ActiveTxnNumber"/>, when that number started a transaction.</summary>
    public ServerTransaction? Transaction { get; set; }

    /// <summary>Gets or sets a value indicating whether <see cref="ActiveTxnNumber"/> belongs to a retryable write.</summary>
    public bool IsRetryableWrite { get; set; }

    /// <summary>Gets or sets the stored reply of the retryable write at <see cref="ActiveTxnNumber"/>, once it succeeded.</summary>
    public BsonDocument? RetryableWriteReply { get; set; }

    /// <summary>Gets or sets when the session was last used.</summary>
    public DateTimeOffset LastUse { get; set; }

    /// <summary>Gets or sets a value indicating whether the session was ended (<c>endSessions</c>).</summary>
    public bool IsEnded { get; set; }

    /// <summary>Describes the session in error messages: <c>{ id: UUID("...") }</c>.</summary>
    /// <returns>The description.</returns>
    public string Describe() => Id is BsonBinaryData { SubType: BsonBinarySubType.UuidStandard } binary && binary.Bytes.Length == 16
        ? $"{{ id: UUID(\"{binary.ToGuid()}\") }}"
        : $"{{ id: {Id} }}";

    /// <inheritdoc />
    public void Dispose() => Gate.Dispose();
}
