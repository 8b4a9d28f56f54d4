namespace MongoPatterns.Exceptions;

/// <summary>
/// The base of every error MongoPatterns raises itself: errors a caller can act on (a duplicate key, a stale write, a
/// missing entity, a bad id or token). Infrastructure faults (network, timeouts, server errors) surface as the driver's
/// <c>MongoException</c> family unchanged.
/// </summary>
public class MongoPatternsException : Exception
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public MongoPatternsException()
        : base("A MongoPatterns error occurred.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    public MongoPatternsException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the error that caused it.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="innerException">The underlying error.</param>
    public MongoPatternsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
