namespace MongoPatterns.Embedded.Transactions;

/// <summary>The life cycle of a multi-document transaction on the server.</summary>
internal enum TransactionState
{
    /// <summary>Started and accepting operations.</summary>
    InProgress,

    /// <summary>Its changes are being published (under the storage write lock).</summary>
    Committing,

    /// <summary>Committed: its changes are visible; <c>commitTransaction</c> may be retried.</summary>
    Committed,

    /// <summary>Aborted (explicitly, by an error, by a newer transaction number, or by the lifetime limit).</summary>
    Aborted,
}
