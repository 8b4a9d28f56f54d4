using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when a command that writes (other than insert, update and delete, which report through
/// <see cref="MongoWriteException"/> and <see cref="MongoBulkWriteException"/>) succeeded but its write concern could not
/// be satisfied.
/// </summary>
public class MongoWriteConcernException : MongoCommandException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="serverAddress">The server that ran the command, when known.</param>
    /// <param name="commandName">The command name.</param>
    /// <param name="writeConcernError">The write concern error.</param>
    /// <param name="result">The reply document.</param>
    public MongoWriteConcernException(MongoServerAddress? serverAddress, string commandName, WriteConcernError writeConcernError, BsonDocument? result)
        : base(serverAddress, commandName, writeConcernError?.Code ?? 0, writeConcernError?.CodeName, writeConcernError?.Message ?? string.Empty, result,
            $"Command {commandName} was applied but its write concern failed: {writeConcernError}.")
    {
        ArgumentNullException.ThrowIfNull(writeConcernError);
        WriteConcernError = writeConcernError;
    }

    /// <summary>Gets the write concern error.</summary>
    public WriteConcernError WriteConcernError { get; }
}
