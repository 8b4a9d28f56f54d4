using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Entities;

public sealed class SoftDeleteTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    [Fact]
    public async Task DeleteAsync_SoftDeletable_SetsDeletedAtAndHidesTheEntity()
    {
        var articles = Repository<Article>();
        var kept = new Article { Title = "kept" };
        var deleted = new Article { Title = "deleted" };
        await articles.InsertManyAsync([kept, deleted]);

        Assert.True(await articles.DeleteAsync(deleted.Id));

        Assert.Null(await articles.GetByIdAsync(deleted.Id));
        Assert.False(await articles.ExistsAsync(deleted.Id));
        Assert.Equal(1, await articles.CountAsync());
        Assert.Equal(["kept"], (await articles.Find().ToListAsync()).Select(a => a.Title));
        Assert.Empty(await articles.GetByIdsAsync([deleted.Id]));
        Assert.False(await articles.DeleteAsync(deleted.Id));
    }

    [Fact]
    public async Task IncludeDeleted_ReturnsDeletedEntitiesWithTheirDeletionTime()
    {
        var articles = Repository<Article>();
        var article = new Article { Title = "gone" };
        await articles.InsertAsync(article);
        await articles.DeleteAsync(article.Id);

        var all = await articles.Find().IncludeDeleted().ToListAsync();

        var only = Assert.Single(all);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, only.DeletedAt);
        Assert.Equal(1, await articles.Find(x => x.Title == "gone").IncludeDeleted().CountAsync());
    }

    [Fact]
    public async Task DeleteManyAsync_SoftDeletesAndUpdatesSkipDeletedEntities()
    {
        var articles = Repository<Article>();
        await articles.InsertManyAsync([new Article { Title = "a" }, new Article { Title = "b" }, new Article { Title = "c" }]);

        var deleted = await articles.DeleteManyAsync(x => x.Title != "c");
        var updated = await articles.UpdateManyAsync(Builders<Article>.Filter.Empty, Builders<Article>.Update.Set(x => x.Title, "renamed"));

        Assert.Equal(2, deleted);
        Assert.Equal(1, updated);
        Assert.Equal(3, await articles.Find().IncludeDeleted().CountAsync());
        Assert.Equal(["a", "b", "renamed"], (await articles.Find().IncludeDeleted().ToListAsync()).Select(a => a.Title).Order());
    }

    [Fact]
    public async Task AggregateAsync_SoftDeletable_ExcludesDeletedEntities()
    {
        var articles = Repository<Article>();
        var gone = new Article { Title = "gone" };
        await articles.InsertManyAsync([gone, new Article { Title = "live" }]);
        await articles.DeleteAsync(gone.Id);

        var titles = await articles.AggregateAsync(PipelineDefinition<Article, Bson.BsonDocument>.Create([new Bson.BsonDocument("$project", new Bson.BsonDocument("title", 1))]));

        Assert.Equal(["live"], titles.Select(t => t["title"].AsString));
    }
}
