namespace MongoPatterns.Driver;

/// <summary>A connection was created; it is not yet connected or handshaken.</summary>
/// <param name="ServerAddress">The server the connection goes to.</param>
/// <param name="ConnectionId">The driver's id of the connection, unique within the process.</param>
public sealed record ConnectionCreatedEvent(MongoServerAddress ServerAddress, long ConnectionId) : ConnectionPoolEvent(ServerAddress);
