namespace MongoPatterns.Driver;

/// <summary>A connection pool became ready: its server is reachable and check-outs may create connections.</summary>
/// <param name="ServerAddress">The server the pool connects to.</param>
public sealed record ConnectionPoolReadyEvent(MongoServerAddress ServerAddress) : ConnectionPoolEvent(ServerAddress);
