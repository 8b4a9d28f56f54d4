namespace MongoPatterns.Driver;

/// <summary>A connection was closed and removed from its pool.</summary>
/// <param name="ServerAddress">The server the connection went to.</param>
/// <param name="ConnectionId">The driver's id of the connection.</param>
/// <param name="Reason">Why it was closed.</param>
public sealed record ConnectionClosedEvent(MongoServerAddress ServerAddress, long ConnectionId, ConnectionClosedReason Reason) : ConnectionPoolEvent(ServerAddress);
