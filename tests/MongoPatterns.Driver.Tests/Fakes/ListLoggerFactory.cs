using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MongoPatterns.Driver.Tests.Fakes;

/// <summary>A logger factory that keeps every message with its category, level and structured state.</summary>
public sealed class ListLoggerFactory : ILoggerFactory
{
    /// <summary>Gets the messages written so far.</summary>
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>One log message.</summary>
    /// <param name="Category">The category.</param>
    /// <param name="Level">The level.</param>
    /// <param name="Message">The formatted message.</param>
    /// <param name="State">The structured key/value pairs.</param>
    public sealed record LogEntry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> State);

    private sealed class ListLogger(ListLoggerFactory factory, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var pairs = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            factory.Entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), pairs.ToDictionary(pair => pair.Key, pair => pair.Value)));
        }
    }
}
