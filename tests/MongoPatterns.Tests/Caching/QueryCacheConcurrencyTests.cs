using MongoPatterns.Caching;

namespace MongoPatterns.Tests.Caching;

public class QueryCacheConcurrencyTests
{
    /// <summary>How long the writers-versus-readers race runs.</summary>
    private static readonly TimeSpan RaceDuration = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task HundredConcurrentColdRequests_RunOneQuery()
    {
        using var engine = CacheTestKit.CreateEngine();
        var lookup = CacheTestKit.Lookup(engine);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        async Task<List<CachedUser>> LoadAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            await gate.Task;
            return [new CachedUser { Name = "Ada" }];
        }

        var requests = Enumerable.Range(0, 100)
            .Select(_ => Task.Run(() => engine.GetOrLoadAsync(lookup, LoadAsync)))
            .ToArray();
        await WaitUntilAsync(() => engine.GetStatistics().CoalescedWaits == 99);
        gate.SetResult();
        var results = await Task.WhenAll(requests);

        Assert.Equal(1, calls);
        Assert.All(results, result => Assert.Equal("Ada", result[0].Name));
        Assert.Equal(100, results.Select(r => r[0]).Distinct().Count());
        Assert.Equal(99, engine.GetStatistics().CoalescedWaits);
    }

    [Fact]
    public async Task FailedLoad_EveryWaiterGetsTheError_AndNothingIsCached()
    {
        using var engine = CacheTestKit.CreateEngine();
        var lookup = CacheTestKit.Lookup(engine);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<long> FailAsync(CancellationToken cancellationToken)
        {
            await gate.Task;
            throw new TimeoutException("database down");
        }

        var requests = Enumerable.Range(0, 10).Select(_ => engine.GetOrLoadAsync(lookup, FailAsync)).ToArray();
        gate.SetResult();

        foreach (var request in requests)
        {
            await Assert.ThrowsAsync<TimeoutException>(() => request);
        }

        Assert.Equal(7, await engine.GetOrLoadAsync(lookup, _ => Task.FromResult(7L)));
    }

    [Fact]
    public async Task OneWaiterCancelling_DoesNotCancelTheSharedQuery()
    {
        using var engine = CacheTestKit.CreateEngine();
        var lookup = CacheTestKit.Lookup(engine);
        var gate = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken seenByQuery = default;
        Task<long> LoadAsync(CancellationToken cancellationToken)
        {
            seenByQuery = cancellationToken;
            return gate.Task;
        }

        using var cancellation = new CancellationTokenSource();
        var cancelled = engine.GetOrLoadAsync(lookup, LoadAsync, cancellation.Token);
        var patient = engine.GetOrLoadAsync(lookup, LoadAsync);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(seenByQuery.IsCancellationRequested);
        gate.SetResult(5);
        Assert.Equal(5, await patient);
    }

    [Fact]
    public async Task WritersAndCachedReadersRace_NoReadAfterACompletedWriteSeesOlderData()
    {
        var distributed = CacheTestKit.CreateDistributedCache();
        using var writerInstance = CacheTestKit.CreateEngine(distributed: distributed);
        using var readerInstance = CacheTestKit.CreateEngine(distributed: distributed);
        var database = new FakeVersionedCollection();
        using var stop = new CancellationTokenSource(RaceDuration);
        var violations = 0;
        var reads = 0;

        async Task WriteLoopAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                database.Write();
                await writerInstance.InvalidateCollectionAsync(CacheTestKit.Database, CacheTestKit.Collection);
                database.MarkWriteCompleted();
                await Task.Delay(1);
            }
        }

        async Task ReadLoopAsync(QueryCacheEngine engine, int reader)
        {
            var policy = new CachePolicyBuilder().Ttl(TimeSpan.FromMinutes(5)).Build();
            while (!stop.IsCancellationRequested)
            {
                var lookup = CacheTestKit.Lookup(engine, $"q{reader % 2}", policy);
                var mustSee = database.CompletedVersion;
                var seen = await engine.GetOrLoadAsync(lookup, database.ReadAsync);
                Interlocked.Increment(ref reads);
                if (seen < mustSee)
                {
                    Interlocked.Increment(ref violations);
                }
            }
        }

        var tasks = new List<Task> { Task.Run(WriteLoopAsync) };
        for (var reader = 0; reader < 4; reader++)
        {
            var engine = reader % 2 == 0 ? writerInstance : readerInstance;
            var id = reader;
            tasks.Add(Task.Run(() => ReadLoopAsync(engine, id)));
        }

        await Task.WhenAll(tasks);

        Assert.Equal(0, violations);
        Assert.True(reads > 100, $"only {reads} reads");
        var statistics = readerInstance.GetStatistics();
        Assert.True(statistics.Hits > 0, "the readers never hit the cache");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        Assert.True(condition(), "condition not reached in time");
    }

    /// <summary>A fake collection whose content is a version number.</summary>
    private sealed class FakeVersionedCollection
    {
        private long _version;
        private long _completedVersion;

        public long CompletedVersion => Interlocked.Read(ref _completedVersion);

        public void Write() => Interlocked.Increment(ref _version);

        public void MarkWriteCompleted()
        {
            var version = Interlocked.Read(ref _version);
            long current;
            while ((current = Interlocked.Read(ref _completedVersion)) < version
                && Interlocked.CompareExchange(ref _completedVersion, version, current) != current)
            {
            }
        }

        public async Task<long> ReadAsync(CancellationToken cancellationToken)
        {
            var version = Interlocked.Read(ref _version);
            await Task.Yield();
            return version;
        }
    }
}
