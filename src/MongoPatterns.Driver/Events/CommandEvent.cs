namespace MongoPatterns.Driver;

/// <summary>
/// The base type of command monitoring events. A <see cref="CommandStartedEvent"/> is always followed by exactly one
/// <see cref="CommandSucceededEvent"/> or <see cref="CommandFailedEvent"/> with the same <see cref="RequestId"/>.
/// Commands of the connection handshake and authentication are not published.
/// </summary>
/// <param name="CommandName">The command name, e.g. <c>find</c>.</param>
/// <param name="DatabaseName">The database the command ran against.</param>
/// <param name="RequestId">The wire protocol request id.</param>
/// <param name="OperationId">Links the commands of one operation (e.g. the batches of a bulk write, or a find and its getMores).</param>
/// <param name="ConnectionId">The driver's id of the connection (as in the connection pool events).</param>
/// <param name="ServerAddress">The server the command was sent to.</param>
/// <param name="ServerConnectionId">The server's id of the connection (from the handshake), when the server reports one.</param>
public abstract record CommandEvent(
    string CommandName,
    string DatabaseName,
    long RequestId,
    long OperationId,
    long ConnectionId,
    MongoServerAddress ServerAddress,
    long? ServerConnectionId) : MongoEvent;
