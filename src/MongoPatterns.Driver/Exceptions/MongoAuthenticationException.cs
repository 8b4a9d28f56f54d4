namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when authentication fails: the server rejected the credential, or the server's answers in the SASL
/// conversation were malformed or could not be verified (which may mean it is not the server it claims to be).
/// </summary>
/// <remarks>The message never contains the password.</remarks>
public class MongoAuthenticationException : MongoException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public MongoAuthenticationException()
        : base("Authentication failed.")
    {
    }

    /// <summary>Initializes a new instance with the given message.</summary>
    /// <param name="message">Why authentication failed.</param>
    public MongoAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the given message and the exception that caused it.</summary>
    /// <param name="message">Why authentication failed.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MongoAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
