using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Benchmarks.Infrastructure;
using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Paging;
using MongoPatterns.Repositories;

namespace MongoPatterns.Benchmarks.Repositories;

/// <summary>
/// What <c>Repository&lt;T&gt;</c> costs on top of the raw driver: get by id, insert one, and an offset page with an exact
/// count, each next to the raw driver doing the same operation (the <c>[Baseline]</c> row of its category) against the
/// same in-process <see cref="Embedded.EmbeddedMongo"/> server. Target: every repository row within 1.10x of its baseline.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RepositoryOverheadBenchmarks
{
    /// <summary>Documents in the read collection.</summary>
    public const int DocumentCount = 10_000;

    /// <summary>The page size of the paging rows.</summary>
    public const int PageSize = 20;

    /// <summary>The page number of the paging rows (skips 480 documents).</summary>
    public const int PageNumber = 25;

    // Inserts go to the same collection (each BenchmarkDotNet case gets a fresh server from GlobalSetup).
    private const string Collection = "repository_overhead";
    private static readonly BsonDocument IdOrder = new("_id", 1);
    private static readonly BsonDocument Everything = [];

    private LibraryBenchmarkHost _host = null!;
    private Repository<RepositoryBenchmarkEntity> _reads = null!;
    private IMongoCollection<RepositoryBenchmarkEntity> _rawReads = null!;
    private ObjectId[] _ids = [];
    private int _next;

    /// <summary>Starts the server, seeds the read collection and resolves both clients.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _host = LibraryBenchmarkHost.Start(builder => builder.AddRepository<RepositoryBenchmarkEntity>(entity => entity.InCollection(Collection)));
        _reads = _host.Services.GetRequiredService<Repository<RepositoryBenchmarkEntity>>();
        _rawReads = _host.Database.GetCollection<RepositoryBenchmarkEntity>(Collection);

        var entities = Enumerable.Range(0, DocumentCount).Select(RepositoryBenchmarkEntity.Create).ToList();
        _rawReads.InsertManyAsync(entities).GetAwaiter().GetResult();
        _ids = entities.Select(e => e.Id).ToArray();
        Verify();
    }

    /// <summary>Stops the server.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Raw driver: <c>Find(x =&gt; x.Id == id).FirstOrDefaultAsync()</c>.</summary>
    /// <returns>The entity.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("GetById")]
    public Task<RepositoryBenchmarkEntity?> RawFindById()
    {
        var id = NextId();
        return _rawReads.Find(x => x.Id == id).FirstOrDefaultAsync();
    }

    /// <summary>Repository: <c>GetByIdAsync(id)</c>.</summary>
    /// <returns>The entity.</returns>
    [Benchmark]
    [BenchmarkCategory("GetById")]
    public Task<RepositoryBenchmarkEntity?> RepositoryGetById() => _reads.GetByIdAsync(NextId());

    /// <summary>Raw driver: <c>InsertOneAsync</c>.</summary>
    /// <returns>The insert.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Insert")]
    public Task RawInsertOne() => _rawReads.InsertOneAsync(RepositoryBenchmarkEntity.Create(++_next));

    /// <summary>Repository: <c>InsertAsync</c>.</summary>
    /// <returns>The insert.</returns>
    [Benchmark]
    [BenchmarkCategory("Insert")]
    public Task RepositoryInsert() => _reads.InsertAsync(RepositoryBenchmarkEntity.Create(++_next));

    /// <summary>Raw driver: find sorted by <c>_id</c> with skip/limit, and <c>countDocuments</c>, concurrently.</summary>
    /// <returns>The items and the total.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Page")]
    public async Task<(List<RepositoryBenchmarkEntity> Items, long Total)> RawSkipLimitAndCount()
    {
        var items = _rawReads.Find(Everything).Sort(IdOrder).Skip((PageNumber - 1) * PageSize).Limit(PageSize).ToListAsync();
        var total = _rawReads.CountDocumentsAsync(Everything);
        await Task.WhenAll(items, total).ConfigureAwait(false);
        return (await items.ConfigureAwait(false), await total.ConfigureAwait(false));
    }

    /// <summary>Repository: <c>Find().ToPageAsync(n, 20)</c> (default count mode: exact).</summary>
    /// <returns>The page.</returns>
    [Benchmark]
    [BenchmarkCategory("Page")]
    public Task<Page<RepositoryBenchmarkEntity>> RepositoryToPage() => _reads.Find().ToPageAsync(PageNumber, PageSize);

    private ObjectId NextId()
    {
        var index = _next++ % _ids.Length;
        return _ids[index];
    }

    private void Verify()
    {
        var id = _ids[123];
        var raw = RawFind(id);
        var library = _reads.GetByIdAsync(id).GetAwaiter().GetResult();
        var rawPage = RawSkipLimitAndCount().GetAwaiter().GetResult();
        var page = RepositoryToPage().GetAwaiter().GetResult();
        if (raw?.Id != id || library?.Id != id || rawPage.Total != DocumentCount || page.TotalCount != DocumentCount
            || rawPage.Items.Count != PageSize || page.Items.Count != PageSize || rawPage.Items[0].Id != page.Items[0].Id)
        {
            throw new InvalidOperationException("The repository and the raw driver rows do not return the same results.");
        }
    }

    private RepositoryBenchmarkEntity? RawFind(ObjectId id) => _rawReads.Find(x => x.Id == id).FirstOrDefaultAsync().GetAwaiter().GetResult();
}
