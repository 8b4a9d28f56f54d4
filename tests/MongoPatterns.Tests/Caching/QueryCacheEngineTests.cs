using System.Diagnostics.Metrics;
using MongoPatterns.Caching;

namespace MongoPatterns.Tests.Caching;

public class QueryCacheEngineTests
{
    private static List<CachedUser> Users(int version) =>
    [
        new CachedUser { Id = "1", Name = "Ada", Age = 36, Tags = ["math"] },
        new CachedUser { Id = "2", Name = $"Grace v{version}", Age = 45 },
    ];

    [Fact]
    public async Task GetOrLoadAsync_SecondCall_IsServedFromCache()
    {
        using var engine = CacheTestKit.CreateEngine();
        var loader = new CountingLoader<List<CachedUser>>(Users);
        var lookup = CacheTestKit.Lookup(engine);

        var first = await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        var second = await engine.GetOrLoadAsync(lookup, loader.LoadAsync);

        Assert.Equal(1, loader.Calls);
        Assert.Equal("Grace v1", second[1].Name);
        Assert.Equal(["math"], second[0].Tags);
        Assert.Equal(first.Count, second.Count);
    }

    [Fact]
    public async Task GetOrLoadAsync_MutatingAReturnedResult_DoesNotChangeLaterHits()
    {
        using var engine = CacheTestKit.CreateEngine();
        var loader = new CountingLoader<List<CachedUser>>(Users);
        var lookup = CacheTestKit.Lookup(engine);

        var loaded = await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        loaded[0].Name = "changed by the first caller";
        loaded.Clear();
        var hit = await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        hit[0].Tags.Add("changed by the second caller");
        var again = await engine.GetOrLoadAsync(lookup, loader.LoadAsync);

        Assert.Equal(1, loader.Calls);
        Assert.NotSame(hit, again);
        Assert.NotSame(hit[0], again[0]);
        Assert.Equal("Ada", again[0].Name);
        Assert.Equal(["math"], again[0].Tags);
    }

    [Fact]
    public async Task GetOrLoadAsync_SharedInstanceType_ReturnsTheCachedInstance()
    {
        using var engine = CacheTestKit.CreateEngine(o => o.ShareInstancesOf<CachedUser>());
        var loader = new CountingLoader<List<CachedUser>>(Users);
        var lookup = CacheTestKit.Lookup(engine);

        var first = await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        var second = await engine.GetOrLoadAsync(lookup, loader.LoadAsync);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task GetOrLoadAsync_ScalarsNullsAndEntities_RoundTrip()
    {
        using var engine = CacheTestKit.CreateEngine();

        async Task<T> TwiceAsync<T>(string name, T value)
        {
            var lookup = CacheTestKit.Lookup(engine, name);
            await engine.GetOrLoadAsync(lookup, _ => Task.FromResult(value));
            return await engine.GetOrLoadAsync<T>(lookup, _ => throw new InvalidOperationException("should be cached"));
        }

        Assert.Equal(42L, await TwiceAsync("count", 42L));
        Assert.True(await TwiceAsync("any", true));
        Assert.Null(await TwiceAsync<CachedUser?>("first-none", null));
        Assert.Equal("Ada", (await TwiceAsync("first", new CachedUser { Name = "Ada" })).Name);
        Assert.Equal([1, 2, 3], await TwiceAsync<IReadOnlyList<int>>("ints", new List<int> { 1, 2, 3 }));
    }

    [Fact]
    public async Task GetOrLoadAsync_SameKeyReadAsAnotherType_IsAMissNotACastError()
    {
        using var engine = CacheTestKit.CreateEngine();
        var policy = new CachePolicyBuilder().Key("shared-key").Build();
        var lookup = CacheTestKit.ExplicitLookup(engine, "shared-key", policy);

        await engine.GetOrLoadAsync(lookup, _ => Task.FromResult(5L));
        var asBool = await engine.GetOrLoadAsync(lookup, _ => Task.FromResult(true));

        Assert.True(asBool);
    }

    [Fact]
    public async Task GetOrLoadAsync_KillSwitchOff_AlwaysRunsTheQuery()
    {
        var options = new QueryCacheOptions();
        var monitor = new TestOptionsMonitor<QueryCacheOptions>(options);
        using var engine = new QueryCacheEngine(monitor);
        var loader = new CountingLoader<List<CachedUser>>(Users);
        var lookup = CacheTestKit.Lookup(engine);

        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        monitor.CurrentValue = new QueryCacheOptions { Enabled = false };
        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);

        Assert.Equal(3, loader.Calls);
        Assert.False(engine.IsEnabled);
    }

    [Fact]
    public async Task GetStatistics_CountsHitsMissesAndRatios()
    {
        using var engine = CacheTestKit.CreateEngine();
        var loader = new CountingLoader<List<CachedUser>>(Users);

        await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine, "a"), loader.LoadAsync);
        await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine, "a"), loader.LoadAsync);
        await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine, "a"), loader.LoadAsync);
        await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine, "b"), loader.LoadAsync);
        var statistics = engine.GetStatistics();

        Assert.Equal(2, statistics.L1Hits);
        Assert.Equal(2, statistics.Misses);
        Assert.Equal(2, statistics.L1Misses);
        Assert.Equal(0, statistics.L2Hits);
        Assert.Equal(4, statistics.Lookups);
        Assert.Equal(0.5, statistics.L1HitRatio);
        Assert.Equal(0.5, statistics.HitRatio);
        Assert.Equal(2, statistics.EntryCount);
        Assert.True(statistics.EstimatedSizeBytes > 0);
    }

    [Fact]
    public async Task Metrics_HitsAndMisses_AreRecordedOnTheMongoPatternsMeter()
    {
        using var engine = CacheTestKit.CreateEngine();
        var measurements = new List<(string Name, long Value, string? Level)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, engine.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? level = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "cache.level")
                {
                    level = (string?)tag.Value;
                }
            }

            lock (measurements)
            {
                measurements.Add((instrument.Name, value, level));
            }
        });
        listener.Start();
        var loader = new CountingLoader<long>(calls => calls);

        await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine), loader.LoadAsync);
        await engine.GetOrLoadAsync(CacheTestKit.Lookup(engine), loader.LoadAsync);

        Assert.Equal("MongoPatterns", engine.Meter.Name);
        Assert.Contains(("mongopatterns.cache.misses", 1L, (string?)null), measurements);
        Assert.Contains(("mongopatterns.cache.hits", 1L, "l1"), measurements);
    }
}
