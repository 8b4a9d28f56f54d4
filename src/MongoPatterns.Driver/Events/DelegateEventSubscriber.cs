namespace MongoPatterns.Driver;

/// <summary>An <see cref="IMongoEventSubscriber"/> that forwards every event to a delegate.</summary>
/// <example><code>new MongoClientOptions { EventSubscriber = new DelegateEventSubscriber(e => events.Enqueue(e)) }</code></example>
public sealed class DelegateEventSubscriber : IMongoEventSubscriber
{
    private readonly Action<MongoEvent> _handler;

    /// <summary>Creates a subscriber.</summary>
    /// <param name="handler">Called for every event; must be thread-safe.</param>
    public DelegateEventSubscriber(Action<MongoEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handler = handler;
    }

    /// <inheritdoc />
    public void OnEvent(MongoEvent mongoEvent) => _handler(mongoEvent);
}
