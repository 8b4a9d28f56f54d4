using System.Collections.Concurrent;
using MongoPatterns.Driver;

namespace MongoPatterns.Tests.Caching;

/// <summary>Counts the commands a client sends to one database (driver command monitoring).</summary>
internal sealed class CommandCounter(string databaseName) : IMongoEventSubscriber
{
    private readonly ConcurrentDictionary<string, int> _started = new(StringComparer.Ordinal);

    public int this[string commandName] => _started.TryGetValue(commandName, out var count) ? count : 0;

    /// <summary>Forgets the counts so far.</summary>
    public void Reset() => _started.Clear();

    public void OnEvent(MongoEvent mongoEvent)
    {
        if (mongoEvent is CommandStartedEvent started && started.DatabaseName == databaseName)
        {
            _started.AddOrUpdate(started.CommandName, 1, static (_, count) => count + 1);
        }
    }
}
