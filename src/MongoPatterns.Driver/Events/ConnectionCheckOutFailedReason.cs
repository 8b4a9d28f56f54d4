namespace MongoPatterns.Driver;

/// <summary>Why a connection could not be checked out.</summary>
public enum ConnectionCheckOutFailedReason
{
    /// <summary>The pool is closed.</summary>
    PoolClosed,

    /// <summary>No connection became available within the wait queue timeout.</summary>
    Timeout,

    /// <summary>Establishing a new connection failed, or the pool is paused because its server is unavailable.</summary>
    ConnectionError,
}
