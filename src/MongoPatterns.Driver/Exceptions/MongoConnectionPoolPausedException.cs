namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when a connection is requested from a pool that was cleared because its server became unavailable (the
/// CMAP "PoolClearedError"). The pool reopens as soon as the server is reachable again, so the operation can be retried.
/// </summary>
public class MongoConnectionPoolPausedException : MongoConnectionException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public MongoConnectionPoolPausedException()
        : base("The connection pool is paused because its server is unavailable.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public MongoConnectionPoolPausedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MongoConnectionPoolPausedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance for the pool of <paramref name="serverAddress"/>.</summary>
    /// <param name="serverAddress">The server whose pool is paused.</param>
    /// <param name="innerException">The error that made the driver clear the pool, when known.</param>
    public MongoConnectionPoolPausedException(MongoServerAddress serverAddress, Exception? innerException = null)
        : base(serverAddress, 0, $"The connection pool for {serverAddress} was cleared because the server became unavailable"
            + (innerException is null ? "." : $" ({innerException.Message})") + " The operation can be retried once the server is reachable again.", innerException)
    {
    }
}
