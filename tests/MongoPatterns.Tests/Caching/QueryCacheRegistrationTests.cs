using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Caching;

namespace MongoPatterns.Tests.Caching;

public class QueryCacheRegistrationTests
{
    [Fact]
    public async Task AddQueryCache_OnItsOwn_ResolvesOneCacheForEveryService()
    {
        var services = new ServiceCollection();
        services.AddQueryCache(o => o.DefaultTtl = TimeSpan.FromSeconds(30));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var cache = provider.GetRequiredService<IQueryCache>();

        Assert.Same(provider.GetRequiredService<QueryCacheEngine>(), cache);
        Assert.Equal(0, cache.GetStatistics().Lookups);
    }

    [Fact]
    public async Task AddQueryCache_WithADistributedCache_UsesItAsSecondLevel()
    {
        var distributed = CacheTestKit.CreateDistributedCache();
        var services = new ServiceCollection();
        services.AddSingleton<IDistributedCache>(distributed);
        services.AddQueryCache();
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<QueryCacheEngine>();

        await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine), _ => Task.FromResult(1L));

        Assert.Equal(1, engine.GetStatistics().L2Misses);
    }

    [Fact]
    public async Task MongoPatternsOptionsCaching_IsTheBaseOfTheCacheOptions()
    {
        var services = new ServiceCollection();
        services.Configure<MongoPatterns.Configuration.MongoPatternsOptions>(o => o.Caching.KeyPrefix = "shop:");
        services.AddQueryCache(o => o.DefaultTtl = TimeSpan.FromSeconds(7));
        await using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<QueryCacheEngine>();

        Assert.StartsWith("shop:k:", engine.Keys.ForExplicitKey("x"), StringComparison.Ordinal);
    }
}
