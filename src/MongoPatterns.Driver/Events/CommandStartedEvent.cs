using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A command is about to be sent.</summary>
/// <param name="CommandName">The command name.</param>
/// <param name="DatabaseName">The database.</param>
/// <param name="RequestId">The wire protocol request id.</param>
/// <param name="OperationId">The operation id.</param>
/// <param name="ConnectionId">The driver's connection id.</param>
/// <param name="ServerAddress">The server.</param>
/// <param name="ServerConnectionId">The server's connection id, when known.</param>
/// <param name="Command">
/// The command as sent, with OP_MSG document sequences shown as arrays under their identifier (e.g. <c>documents</c>).
/// Empty for sensitive commands (authentication, user management, hello with speculative authentication).
/// </param>
public sealed record CommandStartedEvent(
    string CommandName,
    string DatabaseName,
    long RequestId,
    long OperationId,
    long ConnectionId,
    MongoServerAddress ServerAddress,
    long? ServerConnectionId,
    BsonDocument Command) : CommandEvent(CommandName, DatabaseName, RequestId, OperationId, ConnectionId, ServerAddress, ServerConnectionId);
