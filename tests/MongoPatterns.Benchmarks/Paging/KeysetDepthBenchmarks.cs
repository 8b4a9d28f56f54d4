using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Benchmarks.Infrastructure;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver;
using MongoPatterns.Paging;
using MongoPatterns.Querying;
using MongoPatterns.Repositories;

namespace MongoPatterns.Benchmarks.Paging;

/// <summary>
/// Keyset paging at depth: on a 200,000-document collection, the first keyset page, the keyset page after document
/// 100,000 and the offset page at the same depth (<c>ToPageAsync(5001, 20, PageCountMode.None)</c>), for two sorts: by
/// <c>_id</c> and by <c>CreatedAt</c> descending (+ the <c>_id</c> tiebreaker, served by the index
/// <c>{ createdAt: -1, _id: 1 }</c>). The first keyset page is each category's baseline. Targets: keyset deep ≤ 1.5x keyset
/// page 1, and ≥ 10x faster than offset deep.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class KeysetDepthBenchmarks
{
    /// <summary>Documents in the collection.</summary>
    public const int DocumentCount = 200_000;

    /// <summary>The page size.</summary>
    public const int PageSize = 20;

    /// <summary>How many documents come before the deep page.</summary>
    public const int Depth = 100_000;

    private const string Collection = "paging_depth";

    private LibraryBenchmarkHost _host = null!;
    private Repository<PagingBenchmarkEntity> _repository = null!;
    private string _deepTokenById = string.Empty;
    private string _deepTokenByCreatedAt = string.Empty;

    /// <summary>Starts the server, seeds 200,000 documents, creates the sort index and builds the two deep tokens.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _host = LibraryBenchmarkHost.Start(builder => builder.AddRepository<PagingBenchmarkEntity>(entity => entity.InCollection(Collection)));
        _repository = _host.Services.GetRequiredService<Repository<PagingBenchmarkEntity>>();
        var raw = _host.Database.GetCollection<PagingBenchmarkEntity>(Collection);
        for (var start = 0; start < DocumentCount; start += 10_000)
        {
            raw.InsertManyAsync(Enumerable.Range(start, 10_000).Select(PagingBenchmarkEntity.Create)).GetAwaiter().GetResult();
        }

        raw.Indexes.CreateOneAsync(new CreateIndexModel<PagingBenchmarkEntity>(new BsonDocument { { "createdAt", -1 }, { "_id", 1 } })).GetAwaiter().GetResult();

        // The token after the document at position Depth - 1 of each order: the page-1 token tells the query's fingerprint,
        // the protector (same key as the repository) signs the sort values of that document.
        var protector = _host.Services.GetRequiredService<ContinuationTokenProtector>();
        var documents = _host.Database.GetCollection<BsonDocument>(Collection);
        var byIdLast = documents.Find(new BsonDocument("_id", Depth - 1)).FirstOrDefaultAsync().GetAwaiter().GetResult()!;
        _deepTokenById = protector.Protect(FingerprintOf(ById().ToKeysetPageAsync(null, PageSize).GetAwaiter().GetResult()), [byIdLast["_id"]]);
        var byCreatedAtLast = documents.Find(new BsonDocument("_id", DocumentCount - Depth)).FirstOrDefaultAsync().GetAwaiter().GetResult()!;
        _deepTokenByCreatedAt = protector.Protect(
            FingerprintOf(ByCreatedAtDescending().ToKeysetPageAsync(null, PageSize).GetAwaiter().GetResult()),
            [byCreatedAtLast["createdAt"], byCreatedAtLast["_id"]]);
        Verify();
    }

    /// <summary>Stops the server.</summary>
    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>First keyset page, sorted by <c>_id</c>.</summary>
    /// <returns>The page.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ById")]
    public Task<KeysetPage<PagingBenchmarkEntity>> KeysetFirstPageById() => ById().ToKeysetPageAsync(null, PageSize);

    /// <summary>Keyset page after document 100,000, sorted by <c>_id</c>.</summary>
    /// <returns>The page.</returns>
    [Benchmark]
    [BenchmarkCategory("ById")]
    public Task<KeysetPage<PagingBenchmarkEntity>> KeysetDeepPageById() => ById().ToKeysetPageAsync(_deepTokenById, PageSize);

    /// <summary>Offset page 5,001 (skip 100,000), sorted by <c>_id</c>, no count.</summary>
    /// <returns>The page.</returns>
    [Benchmark]
    [BenchmarkCategory("ById")]
    public Task<Page<PagingBenchmarkEntity>> OffsetDeepPageById() => ById().ToPageAsync((Depth / PageSize) + 1, PageSize, PageCountMode.None);

    /// <summary>First keyset page, sorted by <c>CreatedAt</c> descending.</summary>
    /// <returns>The page.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ByCreatedAtDesc")]
    public Task<KeysetPage<PagingBenchmarkEntity>> KeysetFirstPageByCreatedAt() => ByCreatedAtDescending().ToKeysetPageAsync(null, PageSize);

    /// <summary>Keyset page after document 100,000, sorted by <c>CreatedAt</c> descending.</summary>
    /// <returns>The page.</returns>
    [Benchmark]
    [BenchmarkCategory("ByCreatedAtDesc")]
    public Task<KeysetPage<PagingBenchmarkEntity>> KeysetDeepPageByCreatedAt() => ByCreatedAtDescending().ToKeysetPageAsync(_deepTokenByCreatedAt, PageSize);

    /// <summary>Offset page 5,001 (skip 100,000), sorted by <c>CreatedAt</c> descending, no count.</summary>
    /// <returns>The page.</returns>
    [Benchmark]
    [BenchmarkCategory("ByCreatedAtDesc")]
    public Task<Page<PagingBenchmarkEntity>> OffsetDeepPageByCreatedAt() => ByCreatedAtDescending().ToPageAsync((Depth / PageSize) + 1, PageSize, PageCountMode.None);

    /// <summary>Reads the fingerprint out of a token (payload BSON <c>{ f: binary, v: [...] }</c>, then a 32-byte MAC).</summary>
    private static byte[] FingerprintOf(KeysetPage<PagingBenchmarkEntity> firstPage)
    {
        var token = firstPage.NextToken ?? throw new InvalidOperationException("The first page has no continuation token.");
        var base64 = token.Replace('-', '+').Replace('_', '/');
        var bytes = Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
        var payload = BsonSerializer.Deserialize<BsonDocument>(bytes.AsSpan(0, bytes.Length - 32));
        return ((BsonBinaryData)payload["f"]).Bytes.ToArray();
    }

    private IFindQuery<PagingBenchmarkEntity> ById() => _repository.Find().SortBy(x => x.Id);

    private IFindQuery<PagingBenchmarkEntity> ByCreatedAtDescending() => _repository.Find().SortByDescending(x => x.CreatedAt);

    private void Verify()
    {
        Check(KeysetFirstPageById().GetAwaiter().GetResult().Items, 0, 1);
        Check(KeysetDeepPageById().GetAwaiter().GetResult().Items, Depth, 1);
        Check(OffsetDeepPageById().GetAwaiter().GetResult().Items, Depth, 1);
        Check(KeysetFirstPageByCreatedAt().GetAwaiter().GetResult().Items, DocumentCount - 1, -1);
        Check(KeysetDeepPageByCreatedAt().GetAwaiter().GetResult().Items, DocumentCount - 1 - Depth, -1);
        Check(OffsetDeepPageByCreatedAt().GetAwaiter().GetResult().Items, DocumentCount - 1 - Depth, -1);
    }

    private static void Check(IReadOnlyList<PagingBenchmarkEntity> items, int firstId, int step)
    {
        for (var i = 0; i < PageSize; i++)
        {
            if (items.Count != PageSize || items[i].Id != firstId + (i * step))
            {
                throw new InvalidOperationException($"Expected a page of {PageSize} starting at id {firstId} (step {step}); got {items.Count} items starting at {(items.Count > 0 ? items[0].Id : -1)}.");
            }
        }
    }
}
