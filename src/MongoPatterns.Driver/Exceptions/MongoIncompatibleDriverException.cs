namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when a server speaks a wire protocol version range this driver does not support, e.g. a MongoDB release
/// older than 4.2. Upgrade the server (or use a driver that supports it).
/// </summary>
public class MongoIncompatibleDriverException : MongoException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public MongoIncompatibleDriverException()
        : base("The server's wire protocol version is not supported by this driver.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">Which server and versions are incompatible.</param>
    public MongoIncompatibleDriverException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and the exception that caused it.</summary>
    /// <param name="message">Which server and versions are incompatible.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MongoIncompatibleDriverException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
