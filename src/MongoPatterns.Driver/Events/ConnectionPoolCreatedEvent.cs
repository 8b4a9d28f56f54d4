namespace MongoPatterns.Driver;

/// <summary>A connection pool was created (in the paused state).</summary>
/// <param name="ServerAddress">The server the pool connects to.</param>
/// <param name="MaxPoolSize">The most connections the pool holds (0 for no limit).</param>
/// <param name="MinPoolSize">The fewest connections the pool keeps.</param>
/// <param name="MaxConnecting">The most connections being established at once.</param>
/// <param name="MaxIdleTime">How long a connection may stay idle (zero for no limit).</param>
/// <param name="WaitQueueTimeout">How long a check-out may wait for a connection.</param>
public sealed record ConnectionPoolCreatedEvent(
    MongoServerAddress ServerAddress,
    int MaxPoolSize,
    int MinPoolSize,
    int MaxConnecting,
    TimeSpan MaxIdleTime,
    TimeSpan WaitQueueTimeout) : ConnectionPoolEvent(ServerAddress);
