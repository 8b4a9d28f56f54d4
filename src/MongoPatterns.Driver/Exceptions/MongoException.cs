namespace MongoPatterns.Driver.Exceptions;

/// <summary>
/// The base type of every exception the MongoPatterns driver throws, so that callers can catch all driver failures
/// with a single <c>catch (MongoException)</c>.
/// </summary>
/// <remarks>
/// Messages say what went wrong and, where it helps, what to change. They never contain passwords or other secrets.
/// </remarks>
public class MongoException : Exception
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public MongoException()
        : base("A MongoDB driver error occurred.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public MongoException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MongoException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
