namespace MongoPatterns.Driver.Core.ConnectionPools;

/// <summary>The states of a CMAP pool.</summary>
internal enum ConnectionPoolState
{
    /// <summary>The server is not known to be reachable: check-outs fail at once. The initial state.</summary>
    Paused,

    /// <summary>Check-outs are served.</summary>
    Ready,

    /// <summary>The pool was closed; it never reopens.</summary>
    Closed,
}
