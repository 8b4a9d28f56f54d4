namespace MongoPatterns.Driver;

/// <summary>A command failed: the server answered <c>ok: 0</c>, or sending it or reading the reply failed.</summary>
/// <param name="CommandName">The command name.</param>
/// <param name="DatabaseName">The database.</param>
/// <param name="RequestId">The wire protocol request id.</param>
/// <param name="OperationId">The operation id.</param>
/// <param name="ConnectionId">The driver's connection id.</param>
/// <param name="ServerAddress">The server.</param>
/// <param name="ServerConnectionId">The server's connection id, when known.</param>
/// <param name="Failure">
/// The error (a <see cref="MongoCommandException"/> for <c>ok: 0</c> replies). For sensitive commands only the code,
/// code name and error labels are kept.
/// </param>
/// <param name="Duration">The time from sending the command to the failure.</param>
public sealed record CommandFailedEvent(
    string CommandName,
    string DatabaseName,
    long RequestId,
    long OperationId,
    long ConnectionId,
    MongoServerAddress ServerAddress,
    long? ServerConnectionId,
    Exception Failure,
    TimeSpan Duration) : CommandEvent(CommandName, DatabaseName, RequestId, OperationId, ConnectionId, ServerAddress, ServerConnectionId);
