using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Databases;
using MongoPatterns.Embedded;
using MongoPatterns.Repositories;

namespace MongoPatterns.Tests.Readme;

/// <summary>
/// The README's "Named databases" and "Testing with the embedded server" snippets, kept compiling and running. The
/// class itself is the testing snippet: one embedded server per test class, one database per test.
/// </summary>
public sealed class ReadmeGuideSnippetTests(EmbeddedMongoFixture mongo) : IClassFixture<EmbeddedMongoFixture>
{
    private static ServiceProvider ThreeDatabases(string connectionString, string prefix)
    {
        var services = new ServiceCollection();
        services.AddLogging();

        // README: Named databases
        services.AddMongoPatterns(o => { o.ConnectionString = connectionString; o.DatabaseName = prefix + "_core"; })
            .AddDatabase("analytics", d => d.DatabaseName = prefix + "_analytics")
            .AddDatabase("logs", d => { d.ConnectionString = connectionString + "?appName=logs"; d.DatabaseName = prefix + "_logs"; })
            .AddRepository<User>()
            .AddRepository<PageView>(r => r.InDatabase("analytics"))
            .AddRepository<AuditEntry>(r => r.InDatabase("logs"));

        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task NamedDatabases_EachRepositoryWritesToItsDatabase_AndSharedConnectionStringsShareAClient()
    {
        await using var services = ThreeDatabases(mongo.ConnectionString, mongo.CreateDatabaseName("three"));
        var databases = services.GetRequiredService<IMongoDatabaseProvider>();

        await services.GetRequiredService<IRepository<User>>().InsertAsync(new User { Name = "Ada", Email = "ada@example.com" });
        await services.GetRequiredService<IRepository<PageView>>().InsertAsync(new PageView { Path = "/" });
        await services.GetRequiredService<IRepository<AuditEntry>>().InsertAsync(new AuditEntry { Action = "signup" });

        Assert.Equal(["default", "analytics", "logs"], databases.Names);
        Assert.Same(databases.GetClient(), databases.GetClient("analytics"));
        Assert.NotSame(databases.GetClient(), databases.GetClient("logs"));
        foreach (var name in databases.Names)
        {
            var collections = await databases.GetDatabase(name).ListCollectionNamesAsync();
            Assert.Single(await MongoPatterns.Driver.AsyncCursorExtensions.ToListAsync(collections));
        }
    }

    // README: Testing with the embedded server
    [Fact]
    public async Task InsertedUsers_CanBeFoundByEmail()
    {
        var services = new ServiceCollection();
        services.AddMongoPatterns(o =>
        {
            o.ConnectionString = mongo.ConnectionString;
            o.DatabaseName = mongo.CreateDatabaseName("users"); // a fresh database per test
        }).AddRepository<User>();
        await using var provider = services.BuildServiceProvider();
        var users = provider.GetRequiredService<IRepository<User>>();

        await users.InsertAsync(new User { Name = "Ada", Email = "ada@example.com" });

        Assert.True(await users.Find(x => x.Email == "ada@example.com").AnyAsync());
    }

    public sealed class AuditEntry
    {
        public string? Id { get; set; }

        public string Action { get; set; } = "";
    }
}
