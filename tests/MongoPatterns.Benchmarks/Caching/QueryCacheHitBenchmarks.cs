using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Benchmarks.Infrastructure;
using MongoPatterns.Benchmarks.Repositories;
using MongoPatterns.Bson;
using MongoPatterns.Caching;
using MongoPatterns.DependencyInjection;
using MongoPatterns.Repositories;

namespace MongoPatterns.Benchmarks.Caching;

/// <summary>
/// Query-cache hits vs the same read served by the embedded server (each category's <c>[Baseline]</c>), in
/// <see cref="CacheResultMode.Copy"/> and <see cref="CacheResultMode.SharedInstances"/> mode: a 20-document page and a
/// single document, each as a query built anew per call (<c>Page20</c>, <c>Single</c>) and as a query object built once
/// (<c>Page20Reused</c>, <c>SingleReused</c>), and <c>GetByIdAsync</c> (<c>GetById</c>); and hits next to a raw
/// <see cref="MemoryCache"/> <c>TryGetValue</c> (category <c>Lookup</c>). Targets: hit ≥ 20x faster than the round trip
/// with copies, ≥ 1,000x with shared instances; key building + lookup within 3x of the raw lookup.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams, BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryCacheHitBenchmarks
{
    /// <summary>Documents in the collection.</summary>
    public const int DocumentCount = 1_000;

    private const string Collection = "cache_hits";
    private const string RawKey = "mp:cache_hits:single:0123456789abcdef";

    private LibraryBenchmarkHost _host = null!;
    private Repository<RepositoryBenchmarkEntity> _repository = null!;
    private MemoryCache _rawCache = null!;
    private ObjectId _id;
    private Querying.IFindQuery<RepositoryBenchmarkEntity> _serverPage = null!;
    private Querying.IFindQuery<RepositoryBenchmarkEntity> _cachedPage = null!;
    private Querying.IFindQuery<RepositoryBenchmarkEntity> _serverSingle = null!;
    private Querying.IFindQuery<RepositoryBenchmarkEntity> _cachedSingle = null!;

    /// <summary>Gets or sets how hits are handed out.</summary>
    [Params(CacheResultMode.Copy, CacheResultMode.SharedInstances)]
    public CacheResultMode Mode { get; set; }

    /// <summary>Starts the server with the query cache (memory level only), seeds the collection and warms the cache.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _host = LibraryBenchmarkHost.Start(builder => builder
            .AddRepository<RepositoryBenchmarkEntity>(entity => entity.InCollection(Collection))
            .AddQueryCache(options =>
            {
                options.UseDistributedCache = false;
                if (Mode == CacheResultMode.SharedInstances)
                {
                    options.ShareInstancesOf<RepositoryBenchmarkEntity>();
                }
            }));
        _repository = _host.Services.GetRequiredService<Repository<RepositoryBenchmarkEntity>>();
        var entities = Enumerable.Range(0, DocumentCount).Select(RepositoryBenchmarkEntity.Create).ToList();
        _host.Database.GetCollection<RepositoryBenchmarkEntity>(Collection).InsertManyAsync(entities).GetAwaiter().GetResult();
        _id = entities[DocumentCount / 2].Id;
        _rawCache = new MemoryCache(new MemoryCacheOptions());
        _rawCache.Set(RawKey, entities[DocumentCount / 2]);

        _serverPage = PageQuery();
        _cachedPage = _serverPage.WithCache();
        _serverSingle = _repository.Find(x => x.Id == _id);
        _cachedSingle = _serverSingle.WithCache();

        // Fill the cache, then check that hits return what the server returns.
        var page = CachedPage().GetAwaiter().GetResult();
        var single = CachedSingle().GetAwaiter().GetResult();
        var byId = CachedGetById().GetAwaiter().GetResult();
        if (page.Count != 20 || page[0].Id != ServerPage().GetAwaiter().GetResult()[0].Id || single?.Id != _id || byId?.Id != _id
            || CachedPage().GetAwaiter().GetResult().Count != 20 || CachedPageReusedQuery().GetAwaiter().GetResult()[19].Id != page[19].Id
            || CachedSingleReusedQuery().GetAwaiter().GetResult()?.Id != _id || CachedGetById().GetAwaiter().GetResult()?.Id != _id)
        {
            throw new InvalidOperationException("The cached results differ from the server's.");
        }
    }

    /// <summary>Stops the server.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _rawCache.Dispose();
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The 20-document page built anew, served by the server.</summary>
    /// <returns>The page.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Page20")]
    public Task<IReadOnlyList<RepositoryBenchmarkEntity>> ServerPage() => PageQuery().ToListAsync();

    /// <summary>The 20-document page built anew, a cache hit.</summary>
    /// <returns>The page.</returns>
    [Benchmark]
    [BenchmarkCategory("Page20")]
    public Task<IReadOnlyList<RepositoryBenchmarkEntity>> CachedPage() => PageQuery().WithCache().ToListAsync();

    /// <summary>The 20-document page, a query object built once, served by the server.</summary>
    /// <returns>The page.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Page20Reused")]
    public Task<IReadOnlyList<RepositoryBenchmarkEntity>> ServerPageReusedQuery() => _serverPage.ToListAsync();

    /// <summary>The 20-document page, a query object built once, a cache hit (its key is built once).</summary>
    /// <returns>The page.</returns>
    [Benchmark]
    [BenchmarkCategory("Page20Reused")]
    public Task<IReadOnlyList<RepositoryBenchmarkEntity>> CachedPageReusedQuery() => _cachedPage.ToListAsync();

    /// <summary>One document by id, a query built anew, served by the server.</summary>
    /// <returns>The document.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Single")]
    public Task<RepositoryBenchmarkEntity?> ServerSingle() => _repository.Find(x => x.Id == _id).FirstOrDefaultAsync();

    /// <summary>One document by id, a query built anew, a cache hit.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    [BenchmarkCategory("Single")]
    public Task<RepositoryBenchmarkEntity?> CachedSingle() => _repository.Find(x => x.Id == _id).WithCache().FirstOrDefaultAsync();

    /// <summary>One document by id, a query object built once, served by the server.</summary>
    /// <returns>The document.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("SingleReused")]
    public Task<RepositoryBenchmarkEntity?> ServerSingleReusedQuery() => _serverSingle.FirstOrDefaultAsync();

    /// <summary>One document by id, a query object built once, a cache hit.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    [BenchmarkCategory("SingleReused")]
    public Task<RepositoryBenchmarkEntity?> CachedSingleReusedQuery() => _cachedSingle.FirstOrDefaultAsync();

    /// <summary><c>GetByIdAsync(id)</c>, served by the server.</summary>
    /// <returns>The document.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("GetById")]
    public Task<RepositoryBenchmarkEntity?> ServerGetById() => _repository.GetByIdAsync(_id);

    /// <summary><c>GetByIdAsync(id, CachePolicy.Default)</c>, a cache hit.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    [BenchmarkCategory("GetById")]
    public Task<RepositoryBenchmarkEntity?> CachedGetById() => _repository.GetByIdAsync(_id, CachePolicy.Default);

    /// <summary>A raw <see cref="MemoryCache"/> lookup of a prebuilt key.</summary>
    /// <returns>The cached object.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Lookup")]
    public object? RawMemoryCacheLookup() => _rawCache.TryGetValue(RawKey, out var value) ? value : null;

    /// <summary>A read by id: key building (from collection, type and id) + lookup, next to the raw lookup.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    [BenchmarkCategory("Lookup")]
    public Task<RepositoryBenchmarkEntity?> GetByIdKeyAndLookup() => CachedGetById();

    /// <summary>A query object built once and run again: key (memoized per query and operation) + lookup.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    [BenchmarkCategory("Lookup")]
    public Task<RepositoryBenchmarkEntity?> ReusedQueryKeyAndLookup() => CachedSingleReusedQuery();

    /// <summary>
    /// A query built anew every call: the C# compiler's expression tree, the LINQ translation to BSON, the canonical
    /// description (hash remembered per description) and the lookup.
    /// </summary>
    /// <returns>The document.</returns>
    [Benchmark]
    [BenchmarkCategory("Lookup")]
    public Task<RepositoryBenchmarkEntity?> FreshQueryTranslateKeyAndLookup() => CachedSingle();

    private Querying.IFindQuery<RepositoryBenchmarkEntity> PageQuery() =>
        _repository.Find(x => x.Status == "open").SortBy(x => x.Lines).ThenBy(x => x.Id).Limit(20);
}
