namespace MongoPatterns.Exceptions;

/// <summary>
/// A keyset continuation token could not be used: it is malformed, was tampered with, was signed with another key, or
/// was minted for a different collection, filter or sort. Restart paging from the first page.
/// </summary>
public class InvalidContinuationTokenException : MongoPatternsException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public InvalidContinuationTokenException()
        : base("The continuation token is invalid.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidContinuationTokenException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the error that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The underlying error.</param>
    public InvalidContinuationTokenException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
