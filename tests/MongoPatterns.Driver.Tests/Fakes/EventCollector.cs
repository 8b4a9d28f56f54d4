using System.Collections.Concurrent;

namespace MongoPatterns.Driver.Tests.Fakes;

/// <summary>Collects a client's monitoring events for assertions.</summary>
public sealed class EventCollector : IMongoEventSubscriber
{
    private readonly ConcurrentQueue<MongoEvent> _events = new();

    /// <summary>Gets every event so far, in order.</summary>
    public IReadOnlyList<MongoEvent> All => _events.ToArray();

    /// <inheritdoc />
    public void OnEvent(MongoEvent mongoEvent) => _events.Enqueue(mongoEvent);

    /// <summary>Returns the events of one type.</summary>
    public List<T> OfType<T>()
        where T : MongoEvent => _events.OfType<T>().ToList();

    /// <summary>Returns the started events of one command.</summary>
    public List<CommandStartedEvent> Started(string commandName) => OfType<CommandStartedEvent>().Where(e => e.CommandName == commandName).ToList();

    /// <summary>Waits until a condition on the events holds.</summary>
    public async Task WaitForAsync(Func<EventCollector, bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The expected events did not arrive. Events so far: " + string.Join(", ", _events.Select(e => e.GetType().Name)));
            }

            await Task.Delay(20);
        }
    }
}
