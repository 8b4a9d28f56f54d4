namespace MongoPatterns.Driver;

/// <summary>A connection was checked out of the pool for an operation.</summary>
/// <param name="ServerAddress">The server the connection goes to.</param>
/// <param name="ConnectionId">The driver's id of the connection.</param>
/// <param name="Duration">How long the check-out took (waiting and, if needed, establishing the connection).</param>
public sealed record ConnectionCheckedOutEvent(MongoServerAddress ServerAddress, long ConnectionId, TimeSpan Duration) : ConnectionPoolEvent(ServerAddress);
