using MongoPatterns.Caching;

namespace MongoPatterns.Tests.Caching;

public class QueryCacheInvalidationTests
{
    [Fact]
    public async Task InvalidateCollectionAsync_NextReadRunsTheQuery()
    {
        using var engine = CacheTestKit.CreateEngine();
        var loader = new CountingLoader<long>(calls => calls);
        var lookup = CacheTestKit.Lookup(engine);

        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        await engine.InvalidateCollectionAsync(CacheTestKit.Database, CacheTestKit.Collection);

        Assert.Equal(2, await engine.GetOrLoadAsync(lookup, loader.LoadAsync));
    }

    [Fact]
    public async Task InvalidateCollectionAsync_OtherCollectionsStayCached()
    {
        using var engine = CacheTestKit.CreateEngine();
        var loader = new CountingLoader<long>(calls => calls);
        var orders = CacheTestKit.Lookup(engine, "orders-query", collection: "orders");

        await engine.GetOrLoadAsync(orders, loader.LoadAsync);
        await engine.InvalidateCollectionAsync(CacheTestKit.Database, CacheTestKit.Collection);

        Assert.Equal(1, await engine.GetOrLoadAsync(orders, loader.LoadAsync));
    }

    [Fact]
    public async Task InvalidateCollection_Internal_InvalidatesLocally()
    {
        using var engine = CacheTestKit.CreateEngine();
        var loader = new CountingLoader<long>(calls => calls);
        var lookup = CacheTestKit.Lookup(engine);

        await engine.GetOrLoadAsync(lookup, loader.LoadAsync);
        engine.InvalidateCollection(CacheTestKit.Database, CacheTestKit.Collection);

        Assert.Equal(2, await engine.GetOrLoadAsync(lookup, loader.LoadAsync));
    }

    [Fact]
    public async Task InvalidateTagAsync_InvalidatesOnlyEntriesWithThatTag()
    {
        using var engine = CacheTestKit.CreateEngine();
        var loader = new CountingLoader<long>(calls => calls);
        var tagged = CacheTestKit.Lookup(engine, "tagged", new CachePolicyBuilder().Tags("top-users", "dashboard").Build());
        var untagged = CacheTestKit.Lookup(engine, "untagged");

        var taggedFirst = await engine.GetOrLoadAsync(tagged, loader.LoadAsync);
        var untaggedFirst = await engine.GetOrLoadAsync(untagged, loader.LoadAsync);
        await engine.InvalidateTagAsync("dashboard");

        Assert.NotEqual(taggedFirst, await engine.GetOrLoadAsync(tagged, loader.LoadAsync));
        Assert.Equal(untaggedFirst, await engine.GetOrLoadAsync(untagged, loader.LoadAsync));
    }

    [Fact]
    public async Task InvalidateKeyAsync_RemovesTheExplicitKeyOnly()
    {
        using var engine = CacheTestKit.CreateEngine();
        var loader = new CountingLoader<long>(calls => calls);
        var first = CacheTestKit.ExplicitLookup(engine, "users:top", new CachePolicyBuilder().Key("users:top").Build());
        var second = CacheTestKit.ExplicitLookup(engine, "users:new", new CachePolicyBuilder().Key("users:new").Build());

        await engine.GetOrLoadAsync(first, loader.LoadAsync);
        await engine.GetOrLoadAsync(second, loader.LoadAsync);
        await engine.InvalidateKeyAsync("users:top");

        Assert.Equal(3, await engine.GetOrLoadAsync(first, loader.LoadAsync));
        Assert.Equal(2, await engine.GetOrLoadAsync(second, loader.LoadAsync));
    }

    [Fact]
    public async Task LoadStartedBeforeAnInvalidation_IsNeitherJoinedNorCached()
    {
        using var engine = CacheTestKit.CreateEngine();
        var lookup = CacheTestKit.Lookup(engine);
        var release = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);

        var stale = engine.GetOrLoadAsync(lookup, _ => release.Task);
        await engine.InvalidateCollectionAsync(CacheTestKit.Database, CacheTestKit.Collection);
        var fresh = await engine.GetOrLoadAsync(lookup, _ => Task.FromResult(2L));
        release.SetResult(1);

        Assert.Equal(1, await stale);
        Assert.Equal(2, fresh);
        Assert.Equal(2, await engine.GetOrLoadAsync(lookup, _ => Task.FromResult(3L)));
    }

    [Fact]
    public async Task Policy_BuilderValidatesArguments()
    {
        var builder = new CachePolicyBuilder();

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Ttl(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.SlidingExpiration(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentException>(() => builder.Key(""));
        Assert.Throws<ArgumentException>(() => builder.Tags("ok", ""));
        var policy = builder.Ttl(TimeSpan.FromSeconds(5)).Tags("a", "a", "b").Build();
        Assert.Equal(["a", "b"], policy.Tags);
        Assert.Equal(TimeSpan.FromSeconds(5), policy.TimeToLive);
        await Task.CompletedTask;
    }
}
