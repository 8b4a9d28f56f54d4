namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when a single-document write (insert one, update one or many, replace one, delete one or many) fails: either
/// the server rejected the write (<see cref="WriteError"/>) or it was applied but not acknowledged as the write
/// concern asked (<see cref="WriteConcernError"/>).
/// </summary>
public class MongoWriteException : MongoServerException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="serverAddress">The server that reported the error, when known.</param>
    /// <param name="writeError">The write error, or <see langword="null"/> when only the write concern failed.</param>
    /// <param name="writeConcernError">The write concern error, or <see langword="null"/>.</param>
    /// <param name="innerException">The bulk write exception this one was derived from, when any.</param>
    public MongoWriteException(MongoServerAddress? serverAddress, WriteError? writeError, WriteConcernError? writeConcernError, Exception? innerException = null)
        : this(serverAddress, writeError, writeConcernError, FormatMessage(writeError, writeConcernError), innerException)
    {
    }

    /// <summary>Initializes a new instance with a custom message (used by derived exceptions).</summary>
    /// <param name="serverAddress">The server that reported the error, when known.</param>
    /// <param name="writeError">The write error, or <see langword="null"/>.</param>
    /// <param name="writeConcernError">The write concern error, or <see langword="null"/>.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    protected MongoWriteException(MongoServerAddress? serverAddress, WriteError? writeError, WriteConcernError? writeConcernError, string message, Exception? innerException)
        : base(serverAddress, message, innerException)
    {
        WriteError = writeError;
        WriteConcernError = writeConcernError;
    }

    /// <summary>Gets the write error, or <see langword="null"/> when the write was applied and only the write concern failed.</summary>
    public WriteError? WriteError { get; }

    /// <summary>Gets the write concern error, or <see langword="null"/>.</summary>
    public WriteConcernError? WriteConcernError { get; }

    private static string FormatMessage(WriteError? writeError, WriteConcernError? writeConcernError)
    {
        if (writeError is not null)
        {
            var text = $"A write operation failed: {writeError.Message} (code {writeError.Code}{(writeError.CodeName is null ? string.Empty : ", " + writeError.CodeName)}).";
            return writeConcernError is null ? text : text + $" The write concern also failed: {writeConcernError}.";
        }

        return $"A write operation was applied but its write concern failed: {writeConcernError}.";
    }
}
