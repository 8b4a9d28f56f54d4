using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Repositories;

public sealed class RepositoryCrudTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    [Fact]
    public async Task InsertAsync_NewEntity_GeneratesIdAndIsReadBackById()
    {
        var users = Repository<User>();
        var user = new User { Name = "Ada", Email = "ada@example.com", Age = 36 };

        await users.InsertAsync(user);
        var loaded = await users.GetByIdAsync(user.Id!);

        Assert.True(ObjectId.TryParse(user.Id, out _));
        Assert.NotNull(loaded);
        Assert.Equal("Ada", loaded.Name);
        Assert.Equal(36, loaded.Age);
    }

    [Fact]
    public async Task GetByIdAsync_SupportsObjectIdGuidIntAndStringForObjectId()
    {
        var services = BuildServices(b => b.AddRepository<Article>().AddRepository<Account>().AddRepository<Counter>());
        var articles = services.GetRequiredService<MongoPatterns.Repositories.IRepository<Article>>();
        var accounts = services.GetRequiredService<MongoPatterns.Repositories.IRepository<Account>>();
        var counters = services.GetRequiredService<MongoPatterns.Repositories.IRepository<Counter>>();
        var article = new Article { Title = "t" };
        var account = new Account { Owner = "o" };
        await articles.InsertAsync(article);
        await accounts.InsertAsync(account);
        await counters.InsertAsync(new Counter { Id = 7, Value = 3 });

        Assert.NotEqual(ObjectId.Empty, article.Id);
        Assert.NotEqual(Guid.Empty, account.Id);
        Assert.Equal("t", (await articles.GetByIdAsync(article.Id))!.Title);
        Assert.Equal("t", (await articles.GetByIdAsync(article.Id.ToString()))!.Title);
        Assert.Equal("o", (await accounts.GetByIdAsync(account.Id))!.Owner);
        Assert.Equal("o", (await accounts.GetByIdAsync(account.Id.ToString()))!.Owner);
        Assert.Equal(3, (await counters.GetByIdAsync(7))!.Value);
        Assert.Equal(3, (await counters.GetByIdAsync(7L))!.Value);
        Assert.Null(await counters.GetByIdAsync(8));
    }

    [Fact]
    public async Task GetByIdAsync_InvalidIdFormat_ThrowsInvalidIdException()
    {
        var services = BuildServices(b => b.AddRepository<Article>().AddRepository<StrictOrder>());
        var articles = services.GetRequiredService<MongoPatterns.Repositories.IRepository<Article>>();
        var orders = services.GetRequiredService<MongoPatterns.Repositories.IRepository<StrictOrder>>();

        var error = await Assert.ThrowsAsync<InvalidIdException>(() => articles.GetByIdAsync("abc"));
        await Assert.ThrowsAsync<InvalidIdException>(() => orders.GetByIdAsync("abc"));
        await Assert.ThrowsAsync<InvalidIdException>(() => articles.GetByIdAsync(Guid.NewGuid()));

        Assert.Equal(typeof(ObjectId), error.ExpectedIdType);
        Assert.Contains("abc", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetByIdsAsync_ReturnsTheExistingOnes_AndExistsAsyncAnswers()
    {
        var users = Repository<User>();
        var a = new User { Name = "a" };
        var b = new User { Name = "b" };
        await users.InsertManyAsync([a, b, new User { Name = "c" }]);

        var found = await users.GetByIdsAsync([a.Id!, b.Id!, ObjectId.GenerateNewId().ToString()]);

        Assert.Equal(["a", "b"], found.Select(u => u.Name).Order());
        Assert.True(await users.ExistsAsync(a.Id!));
        Assert.False(await users.ExistsAsync(ObjectId.GenerateNewId().ToString()));
        Assert.Empty(await users.GetByIdsAsync(Array.Empty<string>()));
    }

    [Fact]
    public async Task InsertManyAsync_MoreThanABatch_InsertsEverything()
    {
        var users = Repository<User>(o => o.InsertBatchSize = 3);

        await users.InsertManyAsync(Enumerable.Range(0, 10).Select(i => new User { Name = "u" + i, Age = i }));

        Assert.Equal(10, await users.CountAsync());
        Assert.Equal(4, await users.CountAsync(u => u.Age >= 6));
    }

    [Fact]
    public async Task ReplaceAsync_StoredEntity_ReplacesIt_AndMissingEntityThrowsNotFound()
    {
        var users = Repository<User>();
        var user = new User { Name = "Ada" };
        await users.InsertAsync(user);

        user.Name = "Ada Lovelace";
        await users.ReplaceAsync(user);
        var missing = new User { Id = ObjectId.GenerateNewId().ToString(), Name = "ghost" };

        Assert.Equal("Ada Lovelace", (await users.GetByIdAsync(user.Id!))!.Name);
        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => users.ReplaceAsync(missing));
        Assert.Equal(typeof(User), error.EntityType);
    }

    [Fact]
    public async Task UpdateAsync_WithBuilderLambdaOrDefinition_AppliesTheUpdate()
    {
        var users = Repository<User>();
        var user = new User { Name = "Ada", Age = 36, Tags = ["math"] };
        await users.InsertAsync(user);

        await users.UpdateAsync(user.Id!, u => u.Set(x => x.Name, "Countess").Inc(x => x.Age, 1));
        await users.UpdateAsync(user.Id!, Builders<User>.Update.AddToSet(x => x.Tags, "code"));
        var loaded = await users.GetByIdAsync(user.Id!);

        Assert.Equal("Countess", loaded!.Name);
        Assert.Equal(37, loaded.Age);
        Assert.Equal(["math", "code"], loaded.Tags);
        await Assert.ThrowsAsync<EntityNotFoundException>(() => users.UpdateAsync(ObjectId.GenerateNewId().ToString(), u => u.Set(x => x.Age, 1)));
    }

    [Fact]
    public async Task UpdateManyAsync_UpdatesEveryMatch()
    {
        var users = Repository<User>();
        await users.InsertManyAsync([new User { Name = "a", Age = 10 }, new User { Name = "b", Age = 20 }, new User { Name = "c", Age = 30 }]);

        var modified = await users.UpdateManyAsync(x => x.Age >= 20, Builders<User>.Update.Inc(x => x.Age, 5));
        var modifiedByDefinition = await users.UpdateManyAsync(Builders<User>.Filter.Eq(x => x.Name, "a"), Builders<User>.Update.Set(x => x.Age, 11));

        Assert.Equal(2, modified);
        Assert.Equal(1, modifiedByDefinition);
        Assert.Equal([11, 25, 35], (await users.Find().SortBy(x => x.Age).ToListAsync()).Select(u => u.Age));
    }

    [Fact]
    public async Task UpsertAsync_InsertsThenReplaces()
    {
        var users = Repository<User>();
        var user = new User { Name = "first" };

        await users.UpsertAsync(user);
        user.Name = "second";
        await users.UpsertAsync(user);

        Assert.NotNull(user.Id);
        Assert.Equal(1, await users.CountAsync());
        Assert.Equal("second", (await users.GetByIdAsync(user.Id!))!.Name);
    }

    [Fact]
    public async Task DeleteAsync_AndDeleteManyAsync_RemoveDocuments()
    {
        var users = Repository<User>();
        var a = new User { Name = "a", Age = 1 };
        await users.InsertManyAsync([a, new User { Name = "b", Age = 2 }, new User { Name = "c", Age = 3 }]);

        Assert.True(await users.DeleteAsync(a.Id!));
        Assert.False(await users.DeleteAsync(a.Id!));
        Assert.Equal(1, await users.DeleteManyAsync(x => x.Age == 2));
        Assert.Equal(1, await users.DeleteManyAsync(Builders<User>.Filter.Empty));
        Assert.Equal(0, await users.CountAsync());
    }

    [Fact]
    public async Task BulkWriteAsync_RunsMixedModels()
    {
        var counters = Repository<Counter>();
        await counters.InsertAsync(new Counter { Id = 1, Value = 1 });

        var result = await counters.BulkWriteAsync(
        [
            new InsertOneModel<Counter>(new Counter { Id = 2, Value = 2 }),
            new UpdateOneModel<Counter>(Builders<Counter>.Filter.Eq(x => x.Id, 1), Builders<Counter>.Update.Inc(x => x.Value, 10)),
            new DeleteOneModel<Counter>(Builders<Counter>.Filter.Eq(x => x.Id, 2)),
        ]);

        Assert.Equal(1, result.InsertedCount);
        Assert.Equal(1, result.ModifiedCount);
        Assert.Equal(1, result.DeletedCount);
        Assert.Equal(11, (await counters.GetByIdAsync(1))!.Value);
    }

    [Fact]
    public async Task AggregateAsync_RunsThePipeline()
    {
        var users = Repository<User>();
        await users.InsertManyAsync([new User { Name = "a", Age = 10 }, new User { Name = "b", Age = 20 }, new User { Name = "c", Age = 20 }]);

        var groups = await users.AggregateAsync(PipelineDefinition<User, BsonDocument>.Create(
        [
            new BsonDocument("$group", new BsonDocument { { "_id", "$age" }, { "n", new BsonDocument("$sum", 1) } }),
            new BsonDocument("$sort", new BsonDocument("_id", 1)),
        ]));

        Assert.Equal(2, groups.Count);
        Assert.Equal(2, groups[1]["n"].ToInt32());
    }

    [Fact]
    public async Task InsertAsync_DuplicateUniqueKey_ThrowsDuplicateKeyExceptionWithContext()
    {
        var services = BuildServices(b => b.AddRepository<User>(r => r.HasIndex(x => x.Email, i => i.IsUnique())));
        await services.GetRequiredService<MongoPatterns.Indexes.IIndexManager>().EnsureIndexesAsync();
        var users = services.GetRequiredService<MongoPatterns.Repositories.IRepository<User>>();
        await users.InsertAsync(new User { Name = "a", Email = "same@example.com" });

        var error = await Assert.ThrowsAsync<DuplicateKeyException>(() => users.InsertAsync(new User { Name = "b", Email = "same@example.com" }));

        Assert.Equal(typeof(User), error.EntityType);
        Assert.Equal("email_1", error.IndexName);
        Assert.Contains("Email", error.PropertyNames);
        Assert.IsAssignableFrom<MongoException>(error.InnerException);
        Assert.Equal(1, await users.CountAsync());
    }
}
