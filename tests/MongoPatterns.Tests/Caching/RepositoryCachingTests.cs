using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MongoPatterns.Caching;
using MongoPatterns.Configuration;
using MongoPatterns.Databases;
using MongoPatterns.DependencyInjection;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Paging;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Caching;

public sealed class RepositoryCachingTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    private IServiceProvider? _lastServices;

    public static TheoryData<string> WriteKinds => new()
    {
        "insert", "insertMany", "replace", "update", "updateMany", "upsert", "delete", "deleteMany", "bulkWrite",
    };

    [Fact]
    public async Task WithCache_SecondCall_SendsNoFindCommand()
    {
        var (users, counter) = await SeededAsync();

        var first = await users.Find(u => u.Age >= 30).SortBy(u => u.Name).WithCache().ToListAsync();
        var second = await users.Find(u => u.Age >= 30).SortBy(u => u.Name).WithCache().ToListAsync();

        Assert.Equal(1, counter["find"]);
        Assert.Equal(first.Select(u => u.Name), second.Select(u => u.Name));
        Assert.Equal(["Ada", "Grace"], second.Select(u => u.Name));
    }

    [Fact]
    public async Task WithoutWithCache_EveryCallQueries()
    {
        var (users, counter) = await SeededAsync();

        await users.Find(u => u.Age >= 30).ToListAsync();
        await users.Find(u => u.Age >= 30).ToListAsync();

        Assert.Equal(2, counter["find"]);
    }

    [Fact]
    public async Task WithCache_ReturnedEntitiesCanBeMutated_WithoutChangingTheCache()
    {
        var (users, _) = await SeededAsync();

        var first = await users.Find(u => u.Name == "Ada").WithCache().FirstOrDefaultAsync();
        first!.Name = "mutated";
        first.Tags.Add("mutated");
        var second = await users.Find(u => u.Name == "Ada").WithCache().FirstOrDefaultAsync();

        Assert.NotSame(first, second);
        Assert.Equal("Ada", second!.Name);
        Assert.DoesNotContain("mutated", second.Tags);
    }

    [Fact]
    public async Task WithCache_EveryTerminalMethod_IsCachedAndRoundTrips()
    {
        var (users, counter) = await SeededAsync();
        var query = users.Find(u => u.Age >= 30).SortBy(u => u.Name).WithCache(o => o.Ttl(TimeSpan.FromMinutes(1)));
        async Task RunEveryTerminalMethodAsync()
        {
            Assert.Equal(2, (await query.ToListAsync()).Count);
            Assert.Equal("Ada", (await query.FirstOrDefaultAsync())!.Name);
            Assert.Equal("Ada", (await query.Limit(1).SingleOrDefaultAsync())!.Name);
            Assert.True(await query.AnyAsync());
            Assert.Equal(2, await query.CountAsync());
            var page = await query.ToPageAsync(1, 1);
            Assert.Equal("Ada", page.Items[0].Name);
            Assert.Equal(2, page.TotalCount);
            Assert.True(page.HasNextPage);
            var keyset = await query.ToKeysetPageAsync(null, 1);
            Assert.Equal("Ada", keyset.Items[0].Name);
            Assert.True(keyset.HasMore);
            var next = await query.ToKeysetPageAsync(keyset.NextToken, 1);
            Assert.Equal("Grace", next.Items[0].Name);
            var names = await users.Find(u => u.Age >= 30).SortBy(u => u.Name)
                .Project(u => new UserSummary { Id = u.Id, Name = u.Name }).WithCache().ToListAsync();
            Assert.Equal(["Ada", "Grace"], names.Select(n => n.Name));
        }

        await RunEveryTerminalMethodAsync();
        var readsAfterFirstRound = Reads(counter);
        await RunEveryTerminalMethodAsync();

        Assert.True(readsAfterFirstRound > 0);
        Assert.Equal(readsAfterFirstRound, Reads(counter));
    }

    [Fact]
    public async Task HundredConcurrentColdRequests_SendOneFindCommand()
    {
        var (users, counter) = await SeededAsync();
        using var start = new ManualResetEventSlim();

        var requests = Enumerable.Range(0, 100).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await users.Find(u => u.Age >= 30).SortBy(u => u.Name).WithCache().ToListAsync();
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(requests);

        Assert.Equal(1, counter["find"]);
        Assert.All(results, result => Assert.Equal(["Ada", "Grace"], result.Select(u => u.Name)));
    }

    [Theory]
    [MemberData(nameof(WriteKinds))]
    public async Task EveryWriteKind_InvalidatesCachedQueriesOfItsCollection(string writeKind)
    {
        var (users, counter) = await SeededAsync();
        async Task<string> CachedStateAsync() =>
            Describe(await users.Find().SortBy(u => u.Name).WithCache().ToListAsync());
        async Task<string> FreshStateAsync() =>
            Describe(await users.Find().SortBy(u => u.Name).ToListAsync());

        var before = await CachedStateAsync();
        Assert.Equal(before, await CachedStateAsync());
        Assert.Equal(1, counter["find"]);
        await WriteAsync(users, writeKind);
        var after = await CachedStateAsync();

        Assert.NotEqual(before, after);
        Assert.Equal(await FreshStateAsync(), after);
    }

    [Theory]
    [MemberData(nameof(WriteKinds))]
    public async Task EveryWriteKind_InvalidatesCachedReadsById(string writeKind)
    {
        var (users, counter) = await SeededAsync();
        var ada = await users.Find(u => u.Name == "Ada").FirstOrDefaultAsync();
        counter.Reset();

        await users.GetByIdAsync(ada!.Id!, CachePolicy.Default);
        await users.GetByIdAsync(ada.Id!, CachePolicy.Default);
        Assert.Equal(1, counter["find"]);
        await WriteAsync(users, writeKind);
        counter.Reset();
        var after = await users.GetByIdAsync(ada.Id!, CachePolicy.Default);

        Assert.Equal(1, counter["find"]);
        Assert.Equal(await users.GetByIdAsync(ada.Id!) is { } fresh ? fresh.Name : null, after?.Name);
    }

    [Fact]
    public async Task GetByIdAsync_WithCachePolicy_IsCachedPerId_AndCopiesByDefault()
    {
        var (users, counter) = await SeededAsync();
        var all = await users.Find().SortBy(u => u.Name).ToListAsync();
        counter.Reset();

        var first = await users.GetByIdAsync(all[0].Id!, CachePolicy.Default);
        var again = await users.GetByIdAsync(all[0].Id!, TimeSpan.FromMinutes(1));
        var other = await users.GetByIdAsync(all[1].Id!, CachePolicy.Default);
        var missing = await users.GetByIdAsync("0123456789abcdef01234567", CachePolicy.Default);
        var missingAgain = await users.GetByIdAsync("0123456789abcdef01234567", CachePolicy.Default);

        Assert.Equal(3, counter["find"]);
        Assert.Equal(all[0].Name, first!.Name);
        Assert.Equal(all[0].Name, again!.Name);
        Assert.NotSame(first, again);
        Assert.Equal(all[1].Name, other!.Name);
        Assert.Null(missing);
        Assert.Null(missingAgain);
    }

    [Fact]
    public async Task SharedInstances_HitsReturnTheCachedInstance_ForQueriesAndReadsById()
    {
        var counter = new CommandCounter(DatabaseName);
        var services = BuildServices(b =>
        {
            b.AddRepository<User>().AddQueryCache(o => o.ShareInstancesOf<User>());
            b.Services.AddSingleton<IMongoDatabaseProvider>(_ => new CountingDatabaseProvider(Fixture.ConnectionString, DatabaseName, counter));
        });
        var users = services.GetRequiredService<IRepository<User>>();
        await users.InsertAsync(new User { Name = "Ada", Email = "ada@example.com", Age = 36 });
        var query = users.Find(u => u.Name == "Ada").WithCache();

        var first = await query.FirstOrDefaultAsync();
        var second = await query.FirstOrDefaultAsync();
        var builtAgain = await users.Find(u => u.Name == "Ada").WithCache().FirstOrDefaultAsync();
        var byId = await users.GetByIdAsync(first!.Id!, CachePolicy.Default);
        var byIdAgain = await users.GetByIdAsync(first.Id!, CachePolicy.Default);

        Assert.Same(first, second);
        Assert.Same(first, builtAgain);
        Assert.Same(byId, byIdAgain);
        Assert.Equal(2, counter["find"]);
        Assert.Equal(3, services.GetRequiredService<IQueryCache>().GetStatistics().L1Hits);
    }

    [Fact]
    public async Task GetByIdAsync_WithoutCachePolicy_AlwaysQueries()
    {
        var (users, counter) = await SeededAsync();
        var ada = await users.Find(u => u.Name == "Ada").FirstOrDefaultAsync();
        counter.Reset();

        await users.GetByIdAsync(ada!.Id!);
        await users.GetByIdAsync(ada.Id!);

        Assert.Equal(2, counter["find"]);
    }

    [Fact]
    public async Task ReusedQueryObject_RunsOnce_PerTerminalOperation()
    {
        var (users, counter) = await SeededAsync();
        var query = users.Find(u => u.Age >= 30).WithCache();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(2, (await query.ToListAsync()).Count);
            Assert.Equal(2, await query.CountAsync());
            Assert.Single((await query.ToPageAsync(2, 1)).Items);
        }

        Assert.Equal(2, counter["find"]);
        Assert.Equal(2, counter["aggregate"] + counter["count"]);
    }

    [Fact]
    public async Task TwoInstancesSharingL2_ReadEachOthersResults_AndSeeEachOthersWrites()
    {
        var distributed = CacheTestKit.CreateDistributedCache();
        var (first, firstCounter) = await SeededAsync(distributed);
        var (second, secondCounter) = Repository(distributed);

        var fromFirst = await first.Find(u => u.Age >= 30).WithCache().CountAsync();
        var fromSecond = await second.Find(u => u.Age >= 30).WithCache().CountAsync();
        await second.InsertAsync(new User { Name = "Linus", Email = "l@example.com", Age = 50 });
        var afterWrite = await first.Find(u => u.Age >= 30).WithCache().CountAsync();

        Assert.Equal(2, fromFirst);
        Assert.Equal(2, fromSecond);
        Assert.Equal(0, secondCounter["count"] + secondCounter["aggregate"]);
        Assert.Equal(3, afterWrite);
        Assert.True(firstCounter["count"] + firstCounter["aggregate"] >= 2);
    }

    [Fact]
    public async Task KillSwitch_MongoPatternsOptionsCachingEnabledFalse_QueriesEveryTime()
    {
        var (users, counter) = await SeededAsync(configure: o => o.Caching.Enabled = false);

        await users.Find(u => u.Age >= 30).WithCache().ToListAsync();
        await users.Find(u => u.Age >= 30).WithCache().ToListAsync();

        Assert.Equal(2, counter["find"]);
    }

    [Fact]
    public async Task KillSwitch_FromConfiguration_TakesEffectOnReload()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MongoPatterns:ConnectionString"] = Fixture.ConnectionString,
            ["MongoPatterns:DatabaseName"] = DatabaseName,
            ["MongoPatterns:Paging:ContinuationTokenKey"] = "test-key-0123456789-0123456789-0123456789",
            ["MongoPatterns:Caching:Enabled"] = "true",
        }).Build();
        var counter = new CommandCounter(DatabaseName);
        var services = new ServiceCollection();
        services.AddMongoPatterns(configuration.GetSection("MongoPatterns")).AddRepository<User>().AddQueryCache();
        services.AddSingleton<IMongoDatabaseProvider>(_ => new CountingDatabaseProvider(Fixture.ConnectionString, DatabaseName, counter));
        await using var provider = services.BuildServiceProvider();
        var users = provider.GetRequiredService<IRepository<User>>();

        await users.Find().WithCache().ToListAsync();
        await users.Find().WithCache().ToListAsync();
        configuration["MongoPatterns:Caching:Enabled"] = "false";
        configuration.Reload();
        await users.Find().WithCache().ToListAsync();
        await users.Find().WithCache().ToListAsync();

        Assert.Equal(3, counter["find"]);
    }

    [Fact]
    public async Task WithCache_WithoutAddQueryCache_JustRunsTheQuery()
    {
        var counter = new CommandCounter(DatabaseName);
        var services = BuildServices(b =>
        {
            b.AddRepository<User>();
            b.Services.AddSingleton<IMongoDatabaseProvider>(_ => new CountingDatabaseProvider(Fixture.ConnectionString, DatabaseName, counter));
        });
        var users = services.GetRequiredService<IRepository<User>>();

        await users.Find().WithCache().ToListAsync();
        await users.Find().WithCache().ToListAsync();

        Assert.Equal(2, counter["find"]);
    }

    [Fact]
    public void AddQueryCache_InvalidOptions_FailWithAMessageNamingTheSetting()
    {
        var services = BuildServices(b => b.AddRepository<User>().AddQueryCache(o => o.MaxKeyLength = 10));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IQueryCache>());

        Assert.Contains("MaxKeyLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IQueryCache_InvalidateTagAsync_ReachesRepositoryQueries()
    {
        var (users, counter) = await SeededAsync();
        var services = _lastServices!;
        var cache = services.GetRequiredService<IQueryCache>();

        await users.Find().WithCache(o => o.Tags("people")).ToListAsync();
        await cache.InvalidateTagAsync("people");
        await users.Find().WithCache(o => o.Tags("people")).ToListAsync();

        Assert.Equal(2, counter["find"]);
        Assert.Equal(2, cache.GetStatistics().Misses);
    }

    private (IRepository<User> Users, CommandCounter Counter) Repository(IDistributedCache? distributed = null, Action<MongoPatternsOptions>? configure = null)
    {
        var counter = new CommandCounter(DatabaseName);
        var services = BuildServices(
            b =>
            {
                b.AddRepository<User>().AddQueryCache();
                b.Services.AddSingleton<IMongoDatabaseProvider>(_ => new CountingDatabaseProvider(Fixture.ConnectionString, DatabaseName, counter));
                if (distributed is not null)
                {
                    b.Services.AddSingleton(distributed);
                }
            },
            configure);
        _lastServices = services;
        return (services.GetRequiredService<IRepository<User>>(), counter);
    }

    private async Task<(IRepository<User> Users, CommandCounter Counter)> SeededAsync(IDistributedCache? distributed = null, Action<MongoPatternsOptions>? configure = null)
    {
        var (users, counter) = Repository(distributed, configure);
        await users.InsertManyAsync(
        [
            new User { Name = "Ada", Email = "ada@example.com", Age = 36, Tags = ["math"] },
            new User { Name = "Grace", Email = "grace@example.com", Age = 45 },
            new User { Name = "Alan", Email = "alan@example.com", Age = 25 },
        ]);
        return (users, counter);
    }

    private static int Reads(CommandCounter counter) =>
        counter["find"] + counter["getMore"] + counter["aggregate"] + counter["count"];

    private static string Describe(IReadOnlyList<User> users) =>
        string.Join(";", users.Select(u => $"{u.Name}:{u.Age}"));

    private static async Task WriteAsync(IRepository<User> users, string writeKind)
    {
        var ada = (await users.Find(u => u.Name == "Ada").FirstOrDefaultAsync())!;
        switch (writeKind)
        {
            case "insert":
                await users.InsertAsync(new User { Name = "Barbara", Age = 40 });
                break;
            case "insertMany":
                await users.InsertManyAsync([new User { Name = "Barbara", Age = 40 }, new User { Name = "Ken", Age = 70 }]);
                break;
            case "replace":
                ada.Age = 37;
                await users.ReplaceAsync(ada);
                break;
            case "update":
                await users.UpdateAsync(ada.Id!, u => u.Set(x => x.Age, 38));
                break;
            case "updateMany":
                await users.UpdateManyAsync(u => u.Age >= 30, Builders<User>.Update.Inc(x => x.Age, 1));
                break;
            case "upsert":
                await users.UpsertAsync(new User { Id = ObjectIdString(), Name = "Edsger", Age = 72 });
                break;
            case "delete":
                await users.DeleteAsync(ada.Id!);
                break;
            case "deleteMany":
                await users.DeleteManyAsync(u => u.Age < 40);
                break;
            case "bulkWrite":
                await users.BulkWriteAsync([new InsertOneModel<User>(new User { Name = "Barbara", Age = 40 })]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(writeKind));
        }
    }

    private static string ObjectIdString() => MongoPatterns.Bson.ObjectId.GenerateNewId().ToString();
}
