namespace MongoPatterns.Tests.Caching;

/// <summary>A fake database query that counts how often it runs.</summary>
internal sealed class CountingLoader<T>(Func<int, T> produce)
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<T> LoadAsync(CancellationToken cancellationToken) =>
        Task.FromResult(produce(Interlocked.Increment(ref _calls)));
}
