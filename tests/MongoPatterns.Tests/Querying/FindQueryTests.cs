using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Exceptions;
using MongoPatterns.Querying;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Querying;

public sealed class FindQueryTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    private async Task<IRepository<User>> SeedAsync(Action<MongoPatterns.Configuration.MongoPatternsOptions>? configure = null)
    {
        var users = Repository<User>(configure);
        await users.InsertManyAsync(
        [
            new User { Name = "Ada", Age = 36, Tags = ["math", "a"] },
            new User { Name = "Grace", Age = 45, Tags = ["navy", "code"] },
            new User { Name = "Alan", Age = 41, Tags = ["code", "a"] },
            new User { Name = "Linus", Age = 21, Tags = [] },
        ]);
        return users;
    }

    [Fact]
    public async Task Find_WithLambda_FiltersSortsAndThenBys()
    {
        var users = await SeedAsync();

        var names = await users.Find(x => x.Age > 30 && x.Tags.Contains("a")).SortByDescending(x => x.Age).ToListAsync();
        await users.InsertAsync(new User { Name = "Bob", Age = 41 });
        var byAgeThenName = await users.Find().SortBy(x => x.Age).ThenByDescending(x => x.Name).ToListAsync();

        Assert.Equal(["Alan", "Ada"], names.Select(u => u.Name));
        Assert.Equal(["Linus", "Ada", "Bob", "Alan", "Grace"], byAgeThenName.Select(u => u.Name));
    }

    [Fact]
    public async Task Where_FilterDefinitionAndLambda_AreCombinedWithAnd()
    {
        var users = await SeedAsync();

        var result = await users.Find(Builders<User>.Filter.Gte(x => x.Age, 30)).Where(x => x.Age < 42).SortBy(x => x.Name).ToListAsync();

        Assert.Equal(["Ada", "Alan"], result.Select(u => u.Name));
    }

    [Fact]
    public async Task Project_ToAnotherType_ReturnsShapedResults()
    {
        var users = await SeedAsync();

        var summaries = await users.Find(x => x.Age < 40).SortBy(x => x.Age).Project(x => new UserSummary { Id = x.Id, Name = x.Name }).ToListAsync();
        var anonymous = await users.Find().SortBy(x => x.Age).Project(x => new { x.Name, Decade = x.Age / 10 }).FirstOrDefaultAsync();

        Assert.Equal(["Linus", "Ada"], summaries.Select(s => s.Name));
        Assert.All(summaries, s => Assert.NotNull(s.Id));
        Assert.Equal(2, anonymous!.Decade);
    }

    [Fact]
    public async Task SkipLimit_AndTerminalMethods_BehaveLikeLinq()
    {
        var users = await SeedAsync();
        var byAge = users.Find().SortBy(x => x.Age);

        Assert.Equal(["Ada", "Alan"], (await byAge.Skip(1).Limit(2).ToListAsync()).Select(u => u.Name));
        Assert.Equal("Linus", (await byAge.FirstOrDefaultAsync())!.Name);
        Assert.Null(await users.Find(x => x.Age > 100).FirstOrDefaultAsync());
        Assert.Equal("Grace", (await users.Find(x => x.Name == "Grace").SingleOrDefaultAsync())!.Name);
        Assert.Null(await users.Find(x => x.Name == "Nobody").SingleOrDefaultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => users.Find(x => x.Age > 30).SingleOrDefaultAsync());
        Assert.True(await users.Find(x => x.Age > 44).AnyAsync());
        Assert.False(await users.Find(x => x.Age > 45).AnyAsync());
        Assert.Equal(3, await users.Find(x => x.Age > 30).CountAsync());
        Assert.Equal(2, await users.Find(x => x.Age > 30).Limit(2).CountAsync());
        Assert.Throws<InvalidOperationException>(() => users.Find().ThenBy(x => x.Name));
    }

    [Fact]
    public async Task AsAsyncEnumerable_StreamsEverythingPastMaxResults()
    {
        var users = Repository<User>(o => o.MaxResults = 5);
        await users.InsertManyAsync(Enumerable.Range(0, 12).Select(i => new User { Name = "u" + i, Age = i }));

        var streamed = new List<int>();
        await foreach (var user in users.Find().SortBy(x => x.Age).AsAsyncEnumerable())
        {
            streamed.Add(user.Age);
        }

        Assert.Equal(Enumerable.Range(0, 12), streamed);
    }

    [Fact]
    public async Task ToListAsync_WithoutLimitPastMaxResults_Throws_ButLimitedQueriesAndExactlyMaxResultsWork()
    {
        var users = Repository<User>(o => o.MaxResults = 5);
        await users.InsertManyAsync(Enumerable.Range(0, 6).Select(i => new User { Name = "u" + i, Age = i }));

        var error = await Assert.ThrowsAsync<MaxResultsExceededException>(() => users.Find().ToListAsync());

        Assert.Equal(5, error.MaxResults);
        Assert.Equal(6, (await users.Find().Limit(100).ToListAsync()).Count);
        Assert.Equal(5, (await users.Find(x => x.Age > 0).ToListAsync()).Count);
    }

    [Fact]
    public async Task Model_DescribesTheRenderedQuery_IncludingTheSoftDeleteClause()
    {
        var articles = Repository<Article>();

        var query = (FindQuery<Article, Article>)articles.Find(x => x.Title == "t").SortByDescending(x => x.Title).Skip(2).Limit(3);
        var model = query.Model;
        var withDeleted = ((FindQuery<Article, Article>)articles.Find(x => x.Title == "t").IncludeDeleted()).Model;

        Assert.Equal(BsonDocument.Parse("""{ "title": "t", "deletedAt": null }"""), model.Filter);
        Assert.Equal(BsonDocument.Parse("""{ "title": -1 }"""), model.Sort);
        Assert.Equal(2, model.Skip);
        Assert.Equal(3, model.Limit);
        Assert.Equal("articles", model.CollectionName);
        Assert.Equal(DatabaseName, model.DatabaseName);
        Assert.Equal(typeof(Article), model.ResultType);
        Assert.Equal(BsonDocument.Parse("""{ "title": "t" }"""), withDeleted.Filter);
        Assert.Same("policy", ((EntityFindQuery<Article>)articles.Find()).WithCachePolicy("policy").Model.CachePolicy);
    }
}
