namespace MongoPatterns.Driver;

/// <summary>
/// The base type of errors the server reported (as opposed to network or client-side failures): failed commands,
/// write errors and write concern errors.
/// </summary>
public abstract class MongoServerException : MongoException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="serverAddress">The server that reported the error, when known.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    protected MongoServerException(MongoServerAddress? serverAddress, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ServerAddress = serverAddress;
    }

    /// <summary>Gets the server that reported the error, when known.</summary>
    public MongoServerAddress? ServerAddress { get; }
}
