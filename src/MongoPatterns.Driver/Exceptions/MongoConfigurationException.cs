namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when a connection string or a <see cref="MongoClientSettings"/> instance is invalid: a malformed URI, a
/// missing host, conflicting options, or credentials that do not fit the chosen authentication mechanism.
/// </summary>
/// <remarks>The message names the offending part of the configuration but never repeats a password.</remarks>
public class MongoConfigurationException : MongoException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public MongoConfigurationException()
        : base("The MongoDB client configuration is invalid.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What is wrong with the configuration.</param>
    public MongoConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and the exception that caused it.</summary>
    /// <param name="message">What is wrong with the configuration.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MongoConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
