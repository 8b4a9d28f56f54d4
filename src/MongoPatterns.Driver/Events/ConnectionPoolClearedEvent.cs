namespace MongoPatterns.Driver;

/// <summary>
/// A connection pool was cleared and paused: every existing connection became stale (it is closed instead of reused)
/// and check-outs fail until the server is reachable again.
/// </summary>
/// <param name="ServerAddress">The server the pool connects to.</param>
/// <param name="InterruptInUseConnections">Whether connections in use were interrupted too.</param>
public sealed record ConnectionPoolClearedEvent(MongoServerAddress ServerAddress, bool InterruptInUseConnections) : ConnectionPoolEvent(ServerAddress);
