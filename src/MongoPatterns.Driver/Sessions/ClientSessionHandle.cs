using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Sessions;

/// <summary>
/// The session an operation runs in. Today every operation gets an implicit one, whose server session is taken from
/// the pool only when a command actually needs an <c>lsid</c> and returned when the operation (or its cursor) ends.
/// Explicit sessions, causal consistency and transactions will extend this type: operations already receive it, send
/// its <c>lsid</c>, and record the cluster and operation times it sees.
/// </summary>
internal sealed class ClientSessionHandle : IDisposable
{
    private readonly ServerSessionPool _pool;
    private ServerSession? _serverSession;
    private TimeSpan? _logicalSessionTimeout;
    private bool _disposed;

    /// <summary>Creates a session handle.</summary>
    /// <param name="pool">Where the server session comes from and goes back to.</param>
    /// <param name="isImplicit">Whether the driver created it for a single operation.</param>
    public ClientSessionHandle(ServerSessionPool pool, bool isImplicit)
    {
        ArgumentNullException.ThrowIfNull(pool);
        _pool = pool;
        IsImplicit = isImplicit;
    }

    /// <summary>Gets a value indicating whether the driver created the session for one operation.</summary>
    public bool IsImplicit { get; }

    /// <summary>Gets the server session, when one was acquired.</summary>
    public ServerSession? ServerSession => _serverSession;

    /// <summary>Gets the latest <c>operationTime</c> seen in a reply (for causal consistency later).</summary>
    public BsonTimestamp? OperationTime { get; private set; }

    /// <summary>Returns the <c>lsid</c>, acquiring a server session on first use.</summary>
    /// <param name="logicalSessionTimeout">The server's session timeout (used to skip sessions about to expire).</param>
    public BsonDocument GetSessionId(TimeSpan? logicalSessionTimeout)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _logicalSessionTimeout = logicalSessionTimeout;
        _serverSession ??= _pool.Acquire(logicalSessionTimeout);
        _serverSession.MarkUsed();
        return _serverSession.Id;
    }

    /// <summary>Records the <c>operationTime</c> of a reply when it is newer.</summary>
    public void AdvanceOperationTime(BsonTimestamp operationTime)
    {
        ArgumentNullException.ThrowIfNull(operationTime);
        if (OperationTime is null || operationTime.Value > OperationTime.Value)
        {
            OperationTime = operationTime;
        }
    }

    /// <summary>Marks the server session dirty after a network error, so it is not reused.</summary>
    public void MarkDirty() => _serverSession?.MarkDirty();

    /// <summary>Returns the server session to the pool.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_serverSession is { } session)
        {
            _serverSession = null;
            _pool.Release(session, _logicalSessionTimeout);
        }
    }
}
