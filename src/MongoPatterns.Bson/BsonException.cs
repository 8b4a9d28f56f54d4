namespace MongoPatterns.Bson;

/// <summary>The base type of every exception thrown by MongoPatterns.Bson.</summary>
public class BsonException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public BsonException()
        : base("A BSON error occurred.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public BsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BsonException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
