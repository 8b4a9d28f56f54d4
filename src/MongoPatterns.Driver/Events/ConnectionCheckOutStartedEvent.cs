namespace MongoPatterns.Driver;

/// <summary>An operation started to check a connection out of the pool.</summary>
/// <param name="ServerAddress">The server the pool connects to.</param>
public sealed record ConnectionCheckOutStartedEvent(MongoServerAddress ServerAddress) : ConnectionPoolEvent(ServerAddress);
