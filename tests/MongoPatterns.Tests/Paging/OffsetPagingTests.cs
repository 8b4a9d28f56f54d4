using MongoPatterns.Embedded;
using MongoPatterns.Paging;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Paging;

public sealed class OffsetPagingTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    private async Task<IRepository<Item>> SeedAsync(int count)
    {
        var items = Repository<Item>(o => o.Paging.MaxPageSize = 50);
        await items.InsertManyAsync(Enumerable.Range(0, count).Select(i => new Item { Rank = i, Group = i % 2 == 0 ? "even" : "odd" }));
        return items;
    }

    [Fact]
    public async Task ToPageAsync_ExactCount_ReturnsItemsAndTotals()
    {
        var items = await SeedAsync(23);

        var first = await items.Find().SortBy(x => x.Rank).ToPageAsync(1, 10);
        var last = await items.Find().SortBy(x => x.Rank).ToPageAsync(3, 10);

        Assert.Equal(Enumerable.Range(0, 10), first.Items.Select(i => i.Rank));
        Assert.Equal(23, first.TotalCount);
        Assert.Equal(3, first.TotalPages);
        Assert.True(first.HasNextPage);
        Assert.False(first.HasPreviousPage);
        Assert.Equal([20, 21, 22], last.Items.Select(i => i.Rank));
        Assert.False(last.HasNextPage);
        Assert.True(last.HasPreviousPage);
        Assert.Equal(3, last.PageNumber);
        Assert.Equal(10, last.PageSize);
    }

    [Fact]
    public async Task ToPageAsync_Filtered_CountsOnlyMatches()
    {
        var items = await SeedAsync(20);

        var page = await items.Find(x => x.Group == "odd").SortByDescending(x => x.Rank).ToPageAsync(2, 4, PageCountMode.Estimated);

        Assert.Equal([11, 9, 7, 5], page.Items.Select(i => i.Rank));
        Assert.Equal(10, page.TotalCount);
        Assert.Equal(3, page.TotalPages);
    }

    [Fact]
    public async Task ToPageAsync_EstimatedUnfiltered_UsesCollectionCount()
    {
        var items = await SeedAsync(15);

        var page = await items.Find().ToPageAsync(1, 10, PageCountMode.Estimated);

        Assert.Equal(15, page.TotalCount);
        Assert.Equal(10, page.Items.Count);
    }

    [Fact]
    public async Task ToPageAsync_NoCount_KnowsWhetherThereIsANextPage()
    {
        var items = await SeedAsync(20);

        var full = await items.Find().SortBy(x => x.Rank).ToPageAsync(2, 10, PageCountMode.None);
        var partial = await items.Find().SortBy(x => x.Rank).ToPageAsync(1, 15, PageCountMode.None);

        Assert.Null(full.TotalCount);
        Assert.Null(full.TotalPages);
        Assert.False(full.HasNextPage);
        Assert.Equal(10, full.Items.Count);
        Assert.True(partial.HasNextPage);
        Assert.Equal(15, partial.Items.Count);
    }

    [Fact]
    public async Task ToPageAsync_OutOfRangeArguments_ThrowWithClearMessages()
    {
        var items = await SeedAsync(1);

        var tooBig = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => items.Find().ToPageAsync(1, 51));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => items.Find().ToPageAsync(1, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => items.Find().ToPageAsync(0, 10));

        Assert.Contains("between 1 and 50", tooBig.Message, StringComparison.Ordinal);
    }
}
