namespace MongoPatterns.Driver;

/// <summary>A connection pool was closed (the client was disposed) and its idle connections closed.</summary>
/// <param name="ServerAddress">The server the pool connected to.</param>
public sealed record ConnectionPoolClosedEvent(MongoServerAddress ServerAddress) : ConnectionPoolEvent(ServerAddress);
