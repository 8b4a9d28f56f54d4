using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MongoPatterns.Bson;
using MongoPatterns.Databases;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Indexes;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Indexes;

public sealed class IndexManagerTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    private static async Task<List<BsonDocument>> IndexesAsync(IServiceProvider services, string collection)
    {
        var cursor = await services.GetRequiredService<IMongoDatabaseProvider>().GetDatabase().GetCollection<BsonDocument>(collection).Indexes.ListAsync();
        return await cursor.ToListAsync();
    }

    [Fact]
    public async Task EnsureIndexesAsync_CreatesMissingIndexesWithTheirOptions_ThenLeavesThemUnchanged()
    {
        var services = BuildServices(b => b.AddRepository<User>(r => r
            .HasIndex(x => x.Email, i => i.IsUnique())
            .HasIndex(k => k.Combine(k.Ascending(x => x.Age), k.Descending(x => x.Name)), i => i.HasName("age_name").IsSparse())
            .HasIndex("createdAt", i => i.ExpiresAfter(TimeSpan.FromDays(30)))
            .HasIndex(x => x.Name, i => i.HasName("adults_by_name").HasPartialFilter(x => x.Age >= 18))));
        var manager = services.GetRequiredService<IIndexManager>();

        var first = await manager.EnsureIndexesAsync();
        var second = await manager.EnsureIndexesAsync();
        var indexes = await IndexesAsync(services, "users");

        Assert.Equal(4, first.Created.Count);
        Assert.Contains($"{DatabaseName}.users.email_1", first.Created);
        Assert.Empty(second.Created);
        Assert.Equal(4, second.Unchanged.Count);
        var email = indexes.Single(i => i["name"].AsString == "email_1");
        Assert.True(email["unique"].AsBoolean);
        var compound = indexes.Single(i => i["name"].AsString == "age_name");
        Assert.Equal(BsonDocument.Parse("""{ "age": 1, "name": -1 }"""), compound["key"].AsBsonDocument);
        Assert.True(compound["sparse"].AsBoolean);
        Assert.Equal(30 * 24 * 3600, indexes.Single(i => i["name"].AsString == "createdAt_1")["expireAfterSeconds"].ToDouble());
        Assert.True(indexes.Single(i => i["name"].AsString == "adults_by_name").Contains("partialFilterExpression"));
    }

    [Fact]
    public async Task EnsureIndexesAsync_ExistingIndexWithOtherOptions_IsReportedAndLoggedButKept()
    {
        var services = BuildServices(b => b.AddRepository<User>(r => r.HasIndex(x => x.Email, i => i.IsUnique())));
        var collection = services.GetRequiredService<IMongoDatabaseProvider>().GetDatabase().GetCollection<BsonDocument>("users");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("email", 1)));

        var report = await services.GetRequiredService<IIndexManager>().EnsureIndexesAsync();
        var email = (await IndexesAsync(services, "users")).Single(i => i["name"].AsString == "email_1");

        Assert.Equal([$"{DatabaseName}.users.email_1"], report.Conflicting);
        Assert.Empty(report.Dropped);
        Assert.False(email.Contains("unique"));
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("email_1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnsureIndexesAsync_DropOptionsEnabled_RecreatesConflictingAndDropsUnknown()
    {
        var services = BuildServices(
            b => b.AddRepository<User>(r => r.HasIndex(x => x.Email, i => i.IsUnique())),
            o => { o.Indexes.DropConflictingIndexes = true; o.Indexes.DropUnknownIndexes = true; });
        var collection = services.GetRequiredService<IMongoDatabaseProvider>().GetDatabase().GetCollection<BsonDocument>("users");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("email", 1)));
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("legacy", 1)));

        var report = await services.GetRequiredService<IIndexManager>().EnsureIndexesAsync();
        var indexes = await IndexesAsync(services, "users");

        Assert.Contains($"{DatabaseName}.users.legacy_1", report.Dropped);
        Assert.Equal(["_id_", "email_1"], indexes.Select(i => i["name"].AsString).Order());
        Assert.True(indexes.Single(i => i["name"].AsString == "email_1")["unique"].AsBoolean);
    }

    [Fact]
    public async Task HostedService_AtStartup_EnsuresDeclaredIndexes()
    {
        var services = BuildServices(b => b.AddRepository<User>(r => r.HasIndex(x => x.Email)));

        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.Contains(await IndexesAsync(services, "users"), i => i["name"].AsString == "email_1");
    }
}
