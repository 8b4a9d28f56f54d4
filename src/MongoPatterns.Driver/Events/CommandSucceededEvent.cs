using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A command returned <c>ok: 1</c> (write errors included: the command itself succeeded).</summary>
/// <param name="CommandName">The command name.</param>
/// <param name="DatabaseName">The database.</param>
/// <param name="RequestId">The wire protocol request id.</param>
/// <param name="OperationId">The operation id.</param>
/// <param name="ConnectionId">The driver's connection id.</param>
/// <param name="ServerAddress">The server.</param>
/// <param name="ServerConnectionId">The server's connection id, when known.</param>
/// <param name="Reply">The reply; <c>{ ok: 1 }</c> for unacknowledged writes; empty for sensitive commands.</param>
/// <param name="Duration">The time from sending the command to reading the reply.</param>
public sealed record CommandSucceededEvent(
    string CommandName,
    string DatabaseName,
    long RequestId,
    long OperationId,
    long ConnectionId,
    MongoServerAddress ServerAddress,
    long? ServerConnectionId,
    BsonDocument Reply,
    TimeSpan Duration) : CommandEvent(CommandName, DatabaseName, RequestId, OperationId, ConnectionId, ServerAddress, ServerConnectionId);
