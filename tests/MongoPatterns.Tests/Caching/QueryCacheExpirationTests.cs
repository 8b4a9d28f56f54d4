using MongoPatterns.Caching;

namespace MongoPatterns.Tests.Caching;

public class QueryCacheExpirationTests
{
    [Fact]
    public async Task Ttl_AfterItPasses_TheQueryRunsAgain()
    {
        var time = new FakeTimeProvider();
        using var engine = CacheTestKit.CreateEngine(time: time);
        var loader = new CountingLoader<long>(calls => calls);
        var lookup = CacheTestKit.Lookup(engine, policy: new CachePolicyBuilder().Ttl(TimeSpan.FromMinutes(1)).Build());

        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(1, await engine.GetOrLoadAsync(lookup, loader.LoadAsync));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(2, await engine.GetOrLoadAsync(lookup, loader.LoadAsync));
        Assert.Equal(2, loader.Calls);
    }

    [Fact]
    public async Task DefaultTtl_AppliesWhenThePolicySetsNone()
    {
        var time = new FakeTimeProvider();
        using var engine = CacheTestKit.CreateEngine(o => o.DefaultTtl = TimeSpan.FromSeconds(10), time);
        var loader = new CountingLoader<long>(calls => calls);
        var lookup = CacheTestKit.Lookup(engine);

        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        time.Advance(TimeSpan.FromSeconds(9));
        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        time.Advance(TimeSpan.FromSeconds(2));
        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);

        Assert.Equal(2, loader.Calls);
    }

    [Fact]
    public async Task SlidingExpiration_ReadsKeepTheEntryAlive_IdleTimeExpiresIt()
    {
        var time = new FakeTimeProvider();
        using var engine = CacheTestKit.CreateEngine(time: time);
        var loader = new CountingLoader<long>(calls => calls);
        var policy = new CachePolicyBuilder().Ttl(TimeSpan.FromHours(1)).SlidingExpiration(TimeSpan.FromSeconds(30)).Build();
        var lookup = CacheTestKit.Lookup(engine, policy: policy);

        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        for (var i = 0; i < 5; i++)
        {
            time.Advance(TimeSpan.FromSeconds(20));
            Assert.Equal(1, await engine.GetOrLoadAsync(lookup, loader.LoadAsync));
        }

        time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(2, await engine.GetOrLoadAsync(lookup, loader.LoadAsync));
    }

    [Fact]
    public async Task SlidingExpiration_NeverOutlivesTheTtl()
    {
        var time = new FakeTimeProvider();
        using var engine = CacheTestKit.CreateEngine(time: time);
        var loader = new CountingLoader<long>(calls => calls);
        var policy = new CachePolicyBuilder().Ttl(TimeSpan.FromSeconds(50)).SlidingExpiration(TimeSpan.FromSeconds(30)).Build();
        var lookup = CacheTestKit.Lookup(engine, policy: policy);

        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        time.Advance(TimeSpan.FromSeconds(25));
        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        time.Advance(TimeSpan.FromSeconds(26));
        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);

        Assert.Equal(2, loader.Calls);
    }

    [Fact]
    public async Task SizeLimit_WhenExceeded_EvictsEntries()
    {
        using var engine = CacheTestKit.CreateEngine(o => o.SizeLimitBytes = 20_000);
        var payload = new string('x', 1_000);
        for (var i = 0; i < 60; i++)
        {
            await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine, $"q{i}"), _ => Task.FromResult(new CachedUser { Name = payload }));
        }

        // MemoryCache compacts in the background once an entry does not fit.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        QueryCacheStatistics statistics;
        do
        {
            await Task.Delay(20);
            statistics = engine.GetStatistics();
        }
        while ((statistics.Evictions == 0 || statistics.EstimatedSizeBytes > 20_000) && DateTime.UtcNow < deadline);

        Assert.True(statistics.EntryCount < 60, $"entries: {statistics.EntryCount}");
        Assert.True(statistics.EstimatedSizeBytes <= 20_000, $"size: {statistics.EstimatedSizeBytes}");
        Assert.True(statistics.Evictions > 0, "no eviction was counted");
    }
}
