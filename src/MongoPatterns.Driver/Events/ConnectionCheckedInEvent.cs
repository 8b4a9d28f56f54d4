namespace MongoPatterns.Driver;

/// <summary>A connection was returned to the pool.</summary>
/// <param name="ServerAddress">The server the connection goes to.</param>
/// <param name="ConnectionId">The driver's id of the connection.</param>
public sealed record ConnectionCheckedInEvent(MongoServerAddress ServerAddress, long ConnectionId) : ConnectionPoolEvent(ServerAddress);
