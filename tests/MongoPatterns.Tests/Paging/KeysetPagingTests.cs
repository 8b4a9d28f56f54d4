using MongoPatterns.Embedded;
using MongoPatterns.Exceptions;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Paging;

public sealed class KeysetPagingTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    private static async Task<List<Item>> ReadAllAsync(IRepository<Item> items, Func<MongoPatterns.Querying.IFindQuery<Item>, MongoPatterns.Querying.IFindQuery<Item>> shape, int pageSize, Func<Task>? betweenPages = null)
    {
        var all = new List<Item>();
        string? token = null;
        do
        {
            var page = await shape(items.Find()).ToKeysetPageAsync(token, pageSize);
            all.AddRange(page.Items);
            Assert.Equal(page.NextToken is not null, page.HasMore);
            token = page.NextToken;
            if (betweenPages is not null)
            {
                await betweenPages();
            }
        }
        while (token is not null);
        return all;
    }

    [Fact]
    public async Task ToKeysetPageAsync_WalksEveryItemOnceInSortOrder_WithTies()
    {
        var items = Repository<Item>();
        await items.InsertManyAsync(Enumerable.Range(0, 53).Select(i => new Item { Rank = i / 4, Group = (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        var ascending = await ReadAllAsync(items, q => q.SortBy(x => x.Rank), 10);
        var descending = await ReadAllAsync(items, q => q.SortByDescending(x => x.Rank).ThenBy(x => x.Group), 7);
        var filtered = await ReadAllAsync(items, q => q.Where(x => x.Group == "1"), 5);

        Assert.Equal(53, ascending.Select(i => i.Id).Distinct().Count());
        Assert.Equal(ascending.Select(i => i.Rank).Order(), ascending.Select(i => i.Rank));
        Assert.Equal(53, descending.Select(i => i.Id).Distinct().Count());
        Assert.Equal(descending.OrderByDescending(i => i.Rank).ThenBy(i => i.Group, StringComparer.Ordinal).Select(i => i.Id), descending.Select(i => i.Id));
        Assert.Equal(18, filtered.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public async Task ToKeysetPageAsync_NullSortValues_ArePagedInBsonOrder()
    {
        var items = Repository<Item>();
        await items.InsertManyAsync(Enumerable.Range(0, 20).Select(i => new Item { Rank = i, Group = i % 4 == 0 ? null : "g" + (i % 3) }));

        var ascending = await ReadAllAsync(items, q => q.SortBy(x => x.Group), 3);
        var descending = await ReadAllAsync(items, q => q.SortByDescending(x => x.Group), 3);

        Assert.Equal(20, ascending.Select(i => i.Id).Distinct().Count());
        Assert.Equal(20, descending.Select(i => i.Id).Distinct().Count());
        Assert.All(ascending.Take(5), i => Assert.Null(i.Group));
        Assert.All(descending.Skip(15), i => Assert.Null(i.Group));
    }

    [Fact]
    public async Task ToKeysetPageAsync_TenThousandItemsWithConcurrentInserts_NoDuplicatesNoGaps()
    {
        var items = Repository<Item>(o => o.InsertBatchSize = 1000);
        await items.InsertManyAsync(Enumerable.Range(0, 10_000).Select(i => new Item { Rank = i % 997, Group = "original" }));
        var original = (await items.Find().Limit(20_000).ToListAsync()).Select(i => i.Id).ToHashSet();
        var inserted = 0;
        using var stop = new CancellationTokenSource();
        var background = Task.Run(async () =>
        {
            var rank = 0;
            while (!stop.IsCancellationRequested)
            {
                await items.InsertAsync(new Item { Rank = rank++ % 997, Group = "concurrent" });
            }

            return rank;
        });

        var seen = await ReadAllAsync(items, q => q.SortBy(x => x.Rank), 500, async () =>
        {
            inserted++;
            await items.InsertManyAsync(Enumerable.Range(0, 25).Select(i => new Item { Rank = (i * 40) % 997, Group = "new" }));
        });
        await stop.CancelAsync();
        Assert.True(await background > 0);

        var seenIds = seen.Select(i => i.Id).ToList();
        Assert.Equal(seenIds.Count, seenIds.Distinct().Count());
        Assert.Subset(seenIds.ToHashSet(), original);
        Assert.True(inserted >= 20);
        var keys = seen.Select(i => (i.Rank, i.Id)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Rank).ThenBy(k => k.Id), keys);
    }

    [Fact]
    public async Task ToKeysetPageAsync_ProjectedQuery_PagesInSortOrderAndReturnsOnlyTheProjection()
    {
        var items = Repository<Item>();
        await items.InsertManyAsync(Enumerable.Range(0, 37).Select(i => new Item { Rank = i / 3, Group = "g" }));

        var ranks = new List<int>();
        string? token = null;
        do
        {
            var page = await items.Find().SortByDescending(x => x.Rank).Project(x => new { Double = x.Rank * 2 }).ToKeysetPageAsync(token, 5);
            ranks.AddRange(page.Items.Select(p => p.Double / 2));
            token = page.NextToken;
        }
        while (token is not null);

        var documents = new List<Bson.BsonDocument>();
        token = null;
        do
        {
            var page = await items.Find().SortBy(x => x.Group).Project<Bson.BsonDocument>(new Bson.BsonDocument { { "rank", 1 }, { "_id", 0 } }).ToKeysetPageAsync(token, 4);
            documents.AddRange(page.Items);
            token = page.NextToken;
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 37).Select(i => i / 3).OrderDescending(), ranks);
        Assert.Equal(37, documents.Count);
        Assert.All(documents, d => Assert.Equal(["rank"], d.Names));
        Assert.Equal(Enumerable.Range(0, 37).Select(i => i / 3), documents.Select(d => d["rank"].ToInt32()).Order());
    }

    [Fact]
    public async Task ToKeysetPageAsync_DeletesBetweenPages_DoNotSkipRemainingItems()
    {
        var items = Repository<Item>();
        await items.InsertManyAsync(Enumerable.Range(0, 100).Select(i => new Item { Rank = i }));

        var first = await items.Find().SortBy(x => x.Rank).ToKeysetPageAsync(null, 10);
        await items.DeleteManyAsync(x => x.Rank < 15);
        var second = await items.Find().SortBy(x => x.Rank).ToKeysetPageAsync(first.NextToken, 10);

        Assert.Equal(Enumerable.Range(15, 10), second.Items.Select(i => i.Rank));
    }

    [Fact]
    public async Task ToKeysetPageAsync_TamperedOrForeignToken_ThrowsInvalidContinuationToken()
    {
        var items = Repository<Item>();
        await items.InsertManyAsync(Enumerable.Range(0, 30).Select(i => new Item { Rank = i }));
        var page = await items.Find().SortBy(x => x.Rank).ToKeysetPageAsync(null, 10);
        var token = page.NextToken!;
        var tampered = (token[5] == 'A' ? "B" : "A") is var c ? token[..5] + c + token[6..] : token;

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => items.Find().SortBy(x => x.Rank).ToKeysetPageAsync(tampered, 10));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => items.Find().SortBy(x => x.Rank).ToKeysetPageAsync("not a token!", 10));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => items.Find().SortBy(x => x.Rank).ToKeysetPageAsync("AAAA", 10));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => items.Find().SortByDescending(x => x.Rank).ToKeysetPageAsync(token, 10));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => items.Find(x => x.Rank > 3).SortBy(x => x.Rank).ToKeysetPageAsync(token, 10));
        Assert.Equal(10, (await items.Find().SortBy(x => x.Rank).ToKeysetPageAsync(token, 10)).Items.Count);
    }

    [Fact]
    public async Task ToKeysetPageAsync_TokenSignedWithAnotherKey_IsRejected()
    {
        var items = Repository<Item>();
        await items.InsertManyAsync(Enumerable.Range(0, 30).Select(i => new Item { Rank = i }));
        var token = (await items.Find().ToKeysetPageAsync(null, 10)).NextToken!;
        var other = Repository<Item>(o => o.Paging.ContinuationTokenKey = "another-key-0123456789-0123456789-0123");

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => other.Find().ToKeysetPageAsync(token, 10));
        Assert.DoesNotContain('+', token);
        Assert.DoesNotContain('/', token);
        Assert.DoesNotContain('=', token);
    }
}
