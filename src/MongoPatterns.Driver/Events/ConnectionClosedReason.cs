namespace MongoPatterns.Driver;

/// <summary>Why a pooled connection was closed.</summary>
public enum ConnectionClosedReason
{
    /// <summary>The pool was cleared since the connection was created.</summary>
    Stale,

    /// <summary>The connection sat idle longer than <c>maxIdleTimeMS</c>.</summary>
    Idle,

    /// <summary>The connection failed (network error, timeout, cancellation mid-operation, failed handshake).</summary>
    Error,

    /// <summary>The pool was closed.</summary>
    PoolClosed,
}
