namespace MongoPatterns.Driver.Sessions;

/// <summary>The client-side transaction states of the Transactions specification.</summary>
internal enum TransactionState
{
    /// <summary>No transaction was started.</summary>
    None,

    /// <summary>Started; no command sent yet (the next one carries <c>startTransaction</c>).</summary>
    Starting,

    /// <summary>At least one command was sent.</summary>
    InProgress,

    /// <summary>Committed without any command (nothing to commit on the server).</summary>
    CommittedEmpty,

    /// <summary>Committed (or a commit was attempted).</summary>
    Committed,

    /// <summary>Aborted.</summary>
    Aborted,
}
