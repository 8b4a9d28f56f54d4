namespace MongoPatterns.Embedded.Wire;

/// <summary>A message that cannot be framed or parsed; the server logs the reason and closes that connection only.</summary>
internal sealed class WireProtocolException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WireProtocolException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    /// <param name="message">Why the message was rejected.</param>
    public WireProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the parse failure behind it.</summary>
    /// <param name="message">Why the message was rejected.</param>
    /// <param name="innerException">The underlying failure.</param>
    public WireProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
