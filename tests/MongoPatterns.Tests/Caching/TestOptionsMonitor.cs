using Microsoft.Extensions.Options;

namespace MongoPatterns.Tests.Caching;

/// <summary>An options monitor whose value tests can swap.</summary>
internal sealed class TestOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    private readonly List<Action<T, string?>> _listeners = [];
    private T _value = value;

    public T CurrentValue
    {
        get => _value;
        set
        {
            _value = value;
            foreach (var listener in _listeners)
            {
                listener(value, Options.DefaultName);
            }
        }
    }

    public T Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<T, string?> listener)
    {
        _listeners.Add(listener);
        return null;
    }
}
