using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when the server stopped an operation because it exceeded its time limit (<c>maxTimeMS</c>, code 50
/// <c>MaxTimeMSExpired</c>). Raise the limit, or make the query cheaper (an index, a narrower filter).
/// </summary>
public class MongoExecutionTimeoutException : MongoCommandException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="serverAddress">The server that ran the command, when known.</param>
    /// <param name="commandName">The command name.</param>
    /// <param name="code">The server error code (normally 50).</param>
    /// <param name="codeName">The code name, or <see langword="null"/>.</param>
    /// <param name="errorMessage">The server's <c>errmsg</c>.</param>
    /// <param name="result">The reply document, or <see langword="null"/>.</param>
    public MongoExecutionTimeoutException(MongoServerAddress? serverAddress, string commandName, int code, string? codeName, string errorMessage, BsonDocument? result)
        : base(serverAddress, commandName, code, codeName, errorMessage, result,
            $"Command {commandName} exceeded its time limit (maxTimeMS) and was stopped by the server: {errorMessage}. Raise the limit or make the operation cheaper.")
    {
    }
}
