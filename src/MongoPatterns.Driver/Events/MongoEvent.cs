namespace MongoPatterns.Driver;

/// <summary>
/// The base type of the monitoring events a client publishes to its <see cref="IMongoEventSubscriber"/>: connection
/// pool events (Connection Monitoring and Pooling specification) and command events (Command Logging and Monitoring
/// specification).
/// </summary>
public abstract record MongoEvent
{
    /// <summary>Gets when the event happened (UTC).</summary>
    public DateTimeOffset Timestamp { get; init; } = DateTimeOffset.UtcNow;
}
