namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when a connection could not be checked out of a pool before the wait queue timeout: every connection was in
/// use and the pool was at <c>maxPoolSize</c>. The message includes the pool's statistics. Raise
/// <c>maxPoolSize</c>, shorten the work done while holding connections, or raise <c>waitQueueTimeoutMS</c>.
/// </summary>
public class MongoWaitQueueTimeoutException : MongoTimeoutException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public MongoWaitQueueTimeoutException()
        : base("Timed out waiting for a connection from the pool.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What timed out, with the pool statistics.</param>
    public MongoWaitQueueTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and the exception that caused it.</summary>
    /// <param name="message">What timed out, with the pool statistics.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MongoWaitQueueTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
