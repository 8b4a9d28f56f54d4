namespace MongoPatterns.Driver;

/// <summary>A connection finished its handshake and authentication and can run commands.</summary>
/// <param name="ServerAddress">The server the connection goes to.</param>
/// <param name="ConnectionId">The driver's id of the connection.</param>
/// <param name="Duration">How long establishing it took, from creation to ready.</param>
public sealed record ConnectionReadyEvent(MongoServerAddress ServerAddress, long ConnectionId, TimeSpan Duration) : ConnectionPoolEvent(ServerAddress);
