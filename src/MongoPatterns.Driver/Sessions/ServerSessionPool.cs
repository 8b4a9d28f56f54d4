using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Sessions;

/// <summary>
/// Reuses server sessions last-in first-out (Driver Sessions specification): sessions about to expire and dirty ones are
/// discarded; the ids still pooled are ended with <c>endSessions</c> when the client is disposed.
/// </summary>
internal sealed class ServerSessionPool
{
    private readonly object _lock = new();
    private readonly List<ServerSession> _sessions = [];

    /// <summary>Gets the number of pooled sessions.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _sessions.Count;
            }
        }
    }

    /// <summary>Takes the most recently used session that is not about to expire, or creates one.</summary>
    /// <param name="logicalSessionTimeout">The server's session timeout, when known.</param>
    public ServerSession Acquire(TimeSpan? logicalSessionTimeout)
    {
        lock (_lock)
        {
            while (_sessions.Count > 0)
            {
                var session = _sessions[^1];
                _sessions.RemoveAt(_sessions.Count - 1);
                if (!session.IsAboutToExpire(logicalSessionTimeout))
                {
                    return session;
                }
            }
        }

        return new ServerSession();
    }

    /// <summary>Returns a session; dirty ones are dropped, and expired ones at the bottom of the stack are pruned.</summary>
    public void Release(ServerSession session, TimeSpan? logicalSessionTimeout)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (_lock)
        {
            while (_sessions.Count > 0 && _sessions[0].IsAboutToExpire(logicalSessionTimeout))
            {
                _sessions.RemoveAt(0);
            }

            if (!session.IsDirty && !session.IsAboutToExpire(logicalSessionTimeout))
            {
                _sessions.Add(session);
            }
        }
    }

    /// <summary>Removes and returns the ids of every pooled session (for <c>endSessions</c>).</summary>
    public IReadOnlyList<BsonDocument> TakeAllIds()
    {
        lock (_lock)
        {
            var ids = _sessions.Select(session => session.Id).ToArray();
            _sessions.Clear();
            return ids;
        }
    }
}
