namespace MongoPatterns.Driver;

/// <summary>
/// Receives a client's monitoring events. Pass one in <see cref="MongoClientOptions.EventSubscriber"/>.
/// </summary>
/// <remarks>
/// <see cref="OnEvent"/> is called synchronously on the thread that raised the event, possibly from several threads at
/// once, so it must be thread-safe and fast (queue expensive work). Exceptions it throws are logged and otherwise
/// ignored. Switch on the event type, e.g. <c>if (mongoEvent is CommandStartedEvent started) ...</c>.
/// </remarks>
public interface IMongoEventSubscriber
{
    /// <summary>Handles one event.</summary>
    /// <param name="mongoEvent">The event.</param>
    void OnEvent(MongoEvent mongoEvent);
}
