using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MongoPatterns.Configuration;
using MongoPatterns.Embedded;
using MongoPatterns.Exceptions;
using MongoPatterns.Paging;
using MongoPatterns.Repositories;

namespace MongoPatterns.Tests.Readme;

public sealed class ReadmeSnippetTests(EmbeddedMongoFixture fixture) : IClassFixture<EmbeddedMongoFixture>
{
    private const string AppSettings = """
        {
          "MongoPatterns": {
            "ConnectionString": "mongodb://localhost:27017",
            "DatabaseName": "shop",
            "MaxPoolSize": 100,
            "ConnectTimeout": "00:00:10",
            "MaxResults": 10000,
            "Paging": { "MaxPageSize": 1000, "ContinuationTokenKey": "a secret of at least 32 characters" },
            "Indexes": { "EnsureAtStartup": true, "DropConflictingIndexes": false },
            "Databases": {
              "analytics": { "DatabaseName": "shop_analytics" },
              "logs": { "ConnectionString": "mongodb://logs-host:27017", "DatabaseName": "logs" }
            }
          }
        }
        """;

    private static ServiceProvider BuildLikeTheReadme(string connectionString, string databaseName)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(AppSettings)))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MongoPatterns:ConnectionString"] = connectionString,
                ["MongoPatterns:DatabaseName"] = databaseName,
                ["MongoPatterns:Databases:analytics:DatabaseName"] = databaseName + "_analytics",
                ["MongoPatterns:Databases:logs:ConnectionString"] = connectionString,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMongoPatterns(configuration.GetSection("MongoPatterns"))
            .AddDatabase("analytics")
            .AddRepository<User>(r => r.HasIndex(x => x.Email, i => i.IsUnique()))
            .AddRepository<PageView>(r => r.InDatabase("analytics").InCollection("views"))
            .AddRepositoriesFromAssembly(typeof(ReadmeSnippetTests).Assembly);
        services.AddHealthChecks().AddMongoPatterns();
        services.AddSingleton<UserService>();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AppSettingsExample_BindsAndValidates()
    {
        using var services = BuildLikeTheReadme("mongodb://localhost:27017", "shop");

        services.GetRequiredService<IStartupValidator>().Validate();
        var options = services.GetRequiredService<IOptions<MongoPatternsOptions>>().Value;

        Assert.Equal(100, options.MaxPoolSize);
        Assert.Equal(1000, options.Paging.MaxPageSize);
        Assert.Equal(["analytics", "logs"], options.Databases.Keys.Order());
    }

    [Fact]
    public async Task ReadmeWalkthrough_RunsAgainstTheEmbeddedServer()
    {
        await using var services = BuildLikeTheReadme(fixture.ConnectionString, fixture.CreateDatabaseName("readme"));
        await services.GetRequiredService<MongoPatterns.Indexes.IIndexManager>().EnsureIndexesAsync();
        var service = services.GetRequiredService<UserService>();
        var users = services.GetRequiredService<IRepository<User>>();
        var cancellationToken = CancellationToken.None;

        var ada = await service.RegisterAsync("Ada", "ada@example.com", cancellationToken);
        await service.RegisterAsync("Alan", "alan@example.com", cancellationToken);
        await Assert.ThrowsAsync<DuplicateKeyException>(() => service.RegisterAsync("Ada again", "ada@example.com", cancellationToken));
        await users.UpdateAsync(ada.Id!, u => u.Set(x => x.Age, 36), cancellationToken);
        await service.RenameAsync(ada.Id!, "Ada Lovelace", cancellationToken);
        await Assert.ThrowsAsync<EntityNotFoundException>(() => service.RenameAsync(Bson.ObjectId.GenerateNewId().ToString(), "x", cancellationToken));

        Assert.Equal("Ada Lovelace", (await service.FindAsync(ada.Id!, cancellationToken))!.Name);
        Assert.Equal(["Ada Lovelace"], await service.AdultNamesAsync(cancellationToken));

        Page<User> page = await users.Find(x => x.Age >= 18).SortBy(x => x.Name).ToPageAsync(pageNumber: 1, pageSize: 20);
        KeysetPage<User> first = await users.Find().SortByDescending(x => x.CreatedAt).ToKeysetPageAsync(null, 1);
        KeysetPage<User> next = await users.Find().SortByDescending(x => x.CreatedAt).ToKeysetPageAsync(first.NextToken, 1);
        Assert.Equal(1, page.TotalCount);
        Assert.True(first.HasMore);
        Assert.False(next.HasMore);
        Assert.NotEqual(first.Items[0].Id, next.Items[0].Id);

        var health = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, health.Status);
    }
}
