using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Caching;
using MongoPatterns.DependencyInjection;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Caching;

/// <summary>The README's caching snippets, compiled so that they cannot rot (run against the embedded server).</summary>
public sealed class ReadmeCachingExamples(MongoPatterns.Embedded.EmbeddedMongoFixture fixture)
    : LibraryTest(fixture), IClassFixture<MongoPatterns.Embedded.EmbeddedMongoFixture>
{
    private sealed record CountryInfo(string Code, string Name);

    [Fact]
    public async Task CachingSection_Snippets_Run()
    {
        var provider = BuildServices(builder => builder
            .AddRepository<User>()
            .AddQueryCache(o =>
            {
                o.DefaultTtl = TimeSpan.FromMinutes(5);
                o.SizeLimitBytes = 64 * 1024 * 1024;
                o.ShareInstancesOf<CountryInfo>();
            }));
        var users = provider.GetRequiredService<IRepository<User>>();
        var cache = provider.GetRequiredService<IQueryCache>();
        await users.InsertAsync(new User { Name = "Ada", Age = 36 });

        var adults = await users.Find(u => u.Age >= 18).SortBy(u => u.Name).WithCache().ToListAsync();
        var count = await users.Find(u => u.Age >= 18).WithCache(TimeSpan.FromSeconds(30), key: "users:adults").CountAsync();
        var page = await users.Find(u => u.Age >= 18).WithCache(o => o.Ttl(TimeSpan.FromMinutes(1))
            .SlidingExpiration(TimeSpan.FromSeconds(20)).Tags("users")).ToPageAsync(1, 20);

        await cache.InvalidateTagAsync("users");
        await cache.InvalidateKeyAsync("users:adults");
        await cache.InvalidateCollectionAsync(DatabaseName, "users");

        Assert.Single(adults);
        Assert.Equal(1, count);
        Assert.Single(page.Items);
        Assert.True(cache.GetStatistics().Misses >= 3);
    }
}
