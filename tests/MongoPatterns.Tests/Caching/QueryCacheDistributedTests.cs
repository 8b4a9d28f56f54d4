using MongoPatterns.Caching;

namespace MongoPatterns.Tests.Caching;

public class QueryCacheDistributedTests
{
    [Fact]
    public async Task TwoInstancesWithSeparateL1_ShareResultsThroughL2()
    {
        var distributed = CacheTestKit.CreateDistributedCache();
        using var first = CacheTestKit.CreateEngine(distributed: distributed);
        using var second = CacheTestKit.CreateEngine(distributed: distributed);
        var loader = new CountingLoader<List<CachedUser>>(calls => [new CachedUser { Name = $"v{calls}" }]);

        await first.GetOrLoadAsync(CacheTestKit.Lookup(first), loader.LoadAsync);
        var fromL2 = await second.GetOrLoadAsync(CacheTestKit.Lookup(second), loader.LoadAsync);
        var fromL1 = await second.GetOrLoadAsync(CacheTestKit.Lookup(second), loader.LoadAsync);

        Assert.Equal(1, loader.Calls);
        Assert.Equal("v1", fromL2[0].Name);
        Assert.Equal("v1", fromL1[0].Name);
        var statistics = second.GetStatistics();
        Assert.Equal(1, statistics.L2Hits);
        Assert.Equal(1, statistics.L1Hits);
        Assert.Equal(1.0, statistics.L2HitRatio);
        Assert.Equal(1, first.GetStatistics().L2Misses);
    }

    [Fact]
    public async Task InvalidationOnOneInstance_IsSeenByTheOtherAtOnce()
    {
        var distributed = CacheTestKit.CreateDistributedCache();
        using var writer = CacheTestKit.CreateEngine(distributed: distributed);
        using var reader = CacheTestKit.CreateEngine(distributed: distributed);
        var loader = new CountingLoader<long>(calls => calls);

        await reader.GetOrLoadAsync(CacheTestKit.Lookup(reader), loader.LoadAsync);
        await reader.GetOrLoadAsync(CacheTestKit.Lookup(reader), loader.LoadAsync);
        await writer.InvalidateCollectionAsync(CacheTestKit.Database, CacheTestKit.Collection);

        Assert.Equal(2, await reader.GetOrLoadAsync(CacheTestKit.Lookup(reader), loader.LoadAsync));
    }

    [Fact]
    public async Task TagInvalidationOnOneInstance_IsSeenByTheOther()
    {
        var distributed = CacheTestKit.CreateDistributedCache();
        using var writer = CacheTestKit.CreateEngine(distributed: distributed);
        using var reader = CacheTestKit.CreateEngine(distributed: distributed);
        var loader = new CountingLoader<long>(calls => calls);
        var policy = new CachePolicyBuilder().Tags("report").Build();

        await reader.GetOrLoadAsync(CacheTestKit.Lookup(reader, policy: policy), loader.LoadAsync);
        await writer.InvalidateTagAsync("report");

        Assert.Equal(2, await reader.GetOrLoadAsync(CacheTestKit.Lookup(reader, policy: policy), loader.LoadAsync));
    }

    [Fact]
    public async Task NonStrictMode_TrustsL1UntilItExpires()
    {
        var distributed = CacheTestKit.CreateDistributedCache();
        using var writer = CacheTestKit.CreateEngine(distributed: distributed);
        using var reader = CacheTestKit.CreateEngine(o => o.StrictDistributedInvalidation = false, distributed: distributed);
        var loader = new CountingLoader<long>(calls => calls);

        await reader.GetOrLoadAsync(CacheTestKit.Lookup(reader), loader.LoadAsync);
        await writer.InvalidateCollectionAsync(CacheTestKit.Database, CacheTestKit.Collection);

        Assert.Equal(1, await reader.GetOrLoadAsync(CacheTestKit.Lookup(reader), loader.LoadAsync));
    }

    [Fact]
    public async Task L2Entry_PastItsTtlOnTheCacheClock_IsNotUsed()
    {
        var distributed = CacheTestKit.CreateDistributedCache();
        var time = new FakeTimeProvider();
        using var first = CacheTestKit.CreateEngine(time: time, distributed: distributed);
        using var second = CacheTestKit.CreateEngine(time: time, distributed: distributed);
        var loader = new CountingLoader<long>(calls => calls);
        var policy = new CachePolicyBuilder().Ttl(TimeSpan.FromMinutes(1)).Build();

        await first.GetOrLoadAsync(CacheTestKit.Lookup(first, policy: policy), loader.LoadAsync);
        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(2, await second.GetOrLoadAsync(CacheTestKit.Lookup(second, policy: policy), loader.LoadAsync));
    }

    [Fact]
    public async Task UseDistributedCacheOff_IgnoresTheRegisteredCache()
    {
        var distributed = CacheTestKit.CreateDistributedCache();
        using var first = CacheTestKit.CreateEngine(o => o.UseDistributedCache = false, distributed: distributed);
        using var second = CacheTestKit.CreateEngine(o => o.UseDistributedCache = false, distributed: distributed);
        var loader = new CountingLoader<long>(calls => calls);

        await first.GetOrLoadAsync(CacheTestKit.Lookup(first), loader.LoadAsync);

        Assert.Equal(2, await second.GetOrLoadAsync(CacheTestKit.Lookup(second), loader.LoadAsync));
    }

    [Fact]
    public async Task ExplicitKey_InvalidateKeyAsync_RemovesItFromL2Too()
    {
        var distributed = CacheTestKit.CreateDistributedCache();
        using var first = CacheTestKit.CreateEngine(distributed: distributed);
        using var second = CacheTestKit.CreateEngine(distributed: distributed);
        var loader = new CountingLoader<long>(calls => calls);
        var policy = new CachePolicyBuilder().Key("top").Build();

        await first.GetOrLoadAsync(CacheTestKit.ExplicitLookup(first, "top", policy), loader.LoadAsync);
        await first.InvalidateKeyAsync("top");

        Assert.Equal(2, await second.GetOrLoadAsync(CacheTestKit.ExplicitLookup(second, "top", policy), loader.LoadAsync));
    }

    [Fact]
    public async Task DistributedCacheDown_QueriesStillRun_AndInvalidationDoesNotThrow()
    {
        using var engine = CacheTestKit.CreateEngine(distributed: new FailingDistributedCache());
        var loader = new CountingLoader<long>(calls => calls);

        Assert.Equal(1, await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine), loader.LoadAsync));
        Assert.Equal(2, await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine), loader.LoadAsync));
        await engine.InvalidateCollectionAsync(CacheTestKit.Database, CacheTestKit.Collection);
        await engine.InvalidateTagAsync("t");
        await engine.InvalidateKeyAsync("k");
    }

    [Fact]
    public async Task DistributedCacheDown_NonStrictMode_StillCachesInProcess()
    {
        using var engine = CacheTestKit.CreateEngine(o => o.StrictDistributedInvalidation = false, distributed: new FailingDistributedCache());
        var loader = new CountingLoader<long>(calls => calls);

        await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine), loader.LoadAsync);

        Assert.Equal(1, await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine), loader.LoadAsync));
    }
}
