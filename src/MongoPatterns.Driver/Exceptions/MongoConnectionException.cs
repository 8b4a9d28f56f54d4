namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when the network connection to a server fails: it cannot be opened, TLS negotiation fails, the server
/// closes it, a read or write times out, or the server sends bytes that are not a valid MongoDB message. The
/// connection is closed and will not be reused; the pool opens a fresh one for the next operation.
/// </summary>
public class MongoConnectionException : MongoException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public MongoConnectionException()
        : base("The connection to the MongoDB server failed.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public MongoConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MongoConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance for a failure on a connection to <paramref name="serverAddress"/>.</summary>
    /// <param name="serverAddress">The server the connection goes to.</param>
    /// <param name="connectionId">The driver's id of the connection, or 0 when it was never established.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MongoConnectionException(MongoServerAddress serverAddress, long connectionId, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ServerAddress = serverAddress;
        ConnectionId = connectionId;
    }

    /// <summary>Gets the server the connection goes to, when known.</summary>
    public MongoServerAddress? ServerAddress { get; }

    /// <summary>Gets the driver's id of the connection (as in the connection pool events), or 0 when unknown.</summary>
    public long ConnectionId { get; }

    /// <summary>Gets a value indicating whether the failure was a timeout (connect or socket timeout) rather than a broken connection.</summary>
    public bool IsNetworkTimeout => InnerException is TimeoutException or OperationCanceledException;
}
