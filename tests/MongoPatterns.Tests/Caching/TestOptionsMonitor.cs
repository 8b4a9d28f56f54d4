using Microsoft.Extensions.Options;

namespace MongoPatterns.Tests.Caching;

/// <summary>An options monitor whose value tests can swap.</summary>
internal sealed class TestOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue { get; set; } = value;

    public T Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
