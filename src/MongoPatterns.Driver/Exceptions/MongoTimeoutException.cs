namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when the driver gives up waiting: no suitable server was found within the server selection timeout, or no
/// connection became available in time. The message lists what the driver knew at that moment.
/// </summary>
public class MongoTimeoutException : MongoException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public MongoTimeoutException()
        : base("A MongoDB operation timed out.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What timed out and why.</param>
    public MongoTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and the exception that caused it.</summary>
    /// <param name="message">What timed out and why.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MongoTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
