namespace MongoPatterns.Driver;

/// <summary>The base type of connection pool events: every event names the server whose pool raised it.</summary>
/// <param name="ServerAddress">The server the pool connects to.</param>
public abstract record ConnectionPoolEvent(MongoServerAddress ServerAddress) : MongoEvent;
