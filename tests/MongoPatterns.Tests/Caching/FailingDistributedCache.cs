using Microsoft.Extensions.Caching.Distributed;

namespace MongoPatterns.Tests.Caching;

/// <summary>A distributed cache that is down.</summary>
internal sealed class FailingDistributedCache : IDistributedCache
{
    public byte[]? Get(string key) => throw Down();

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromException<byte[]?>(Down());

    public void Refresh(string key) => throw Down();

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.FromException(Down());

    public void Remove(string key) => throw Down();

    public Task RemoveAsync(string key, CancellationToken token = default) => Task.FromException(Down());

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw Down();

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => Task.FromException(Down());

    private static InvalidOperationException Down() => new("distributed cache unavailable");
}
