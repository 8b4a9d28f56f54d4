using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Transactions;

/// <summary>
/// A multi-document transaction: the catalog snapshot taken by its first operation, its private workspace (that
/// snapshot plus its own writes, which only its own reads see), and the documents it has written (locked against other
/// transactions until it ends). State changes happen under the <see cref="TransactionManager"/>'s lock.
/// </summary>
internal sealed class ServerTransaction
{
    /// <summary>Starts a transaction.</summary>
    /// <param name="session">The logical session.</param>
    /// <param name="txnNumber">The transaction number.</param>
    /// <param name="snapshot">The snapshot its reads start from.</param>
    /// <param name="startedAt">When it started (for the lifetime limit).</param>
    public ServerTransaction(LogicalSession session, long txnNumber, CatalogSnapshot snapshot, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(snapshot);
        Session = session;
        TxnNumber = txnNumber;
        Snapshot = snapshot;
        Workspace = snapshot;
        StartedAt = startedAt;
    }

    /// <summary>Gets the logical session.</summary>
    public LogicalSession Session { get; }

    /// <summary>Gets the transaction number.</summary>
    public long TxnNumber { get; }

    /// <summary>Gets the snapshot taken when the transaction started.</summary>
    public CatalogSnapshot Snapshot { get; }

    /// <summary>Gets or sets the snapshot plus the transaction's own writes.</summary>
    public CatalogSnapshot Workspace { get; set; }

    /// <summary>Gets when the transaction started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Gets or sets the state.</summary>
    public TransactionState State { get; set; } = TransactionState.InProgress;

    /// <summary>Gets or sets why the transaction was aborted, when it was.</summary>
    public string? AbortReason { get; set; }

    /// <summary>Gets the documents (collection UUID, record id) this transaction wrote and holds.</summary>
    public HashSet<(Guid Collection, long RecordId)> LockedRecords { get; } = [];

    /// <summary>Gets a value indicating whether the first command (the one with <c>startTransaction</c>) has run.</summary>
    public bool HasStarted { get; set; }
}
