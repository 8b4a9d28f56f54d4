namespace MongoPatterns.Driver;

/// <summary>A check-out failed.</summary>
/// <param name="ServerAddress">The server the pool connects to.</param>
/// <param name="Reason">Why it failed.</param>
/// <param name="Duration">How long the check-out took until it failed.</param>
public sealed record ConnectionCheckOutFailedEvent(MongoServerAddress ServerAddress, ConnectionCheckOutFailedReason Reason, TimeSpan Duration) : ConnectionPoolEvent(ServerAddress);
