using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Migrations;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Migrations;

/// <summary>Migrations wired through <c>AddMongoPatterns(...).AddMigrations(...)</c>: every repository read path, write stamping, write-back notifications, startup.</summary>
public sealed class RepositoryMigrationTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    private readonly RecordingWriteObserver _observer = new();

    [Fact]
    public async Task EveryRepositoryReadPath_MixedVersionCollection_ReturnsCurrentEntities()
    {
        var services = await SeedAsync(WriteBackPolicy.Never);
        var people = services.GetRequiredService<IRepository<Person>>();

        var byId = await people.GetByIdAsync(1);
        var all = await people.Find().SortBy(static p => p.Id).ToListAsync();
        var page = await people.Find().SortBy(static p => p.Id).ToPageAsync(2, 2);
        var keyset = await people.Find().SortBy(static p => p.Id).ToKeysetPageAsync(null, 2);
        var streamed = new List<Person>();
        await foreach (var person in people.Find().SortBy(static p => p.Id).AsAsyncEnumerable())
        {
            streamed.Add(person);
        }

        var aggregated = await people.AggregateAsync<Person>(new[] { new BsonDocument("$sort", new BsonDocument("_id", 1)) });

        Assert.Equal(("Ada", "Lovelace"), (byId!.FirstName, byId.LastName));
        Assert.Equal([2, 3], byId.Steps);
        Assert.Equal(["Ada", "Grace", "Alan"], all.Select(static p => p.FirstName));
        Assert.Equal(["Alan"], page.Items.Select(static p => p.FirstName));
        Assert.Equal(["Ada", "Grace"], keyset.Items.Select(static p => p.FirstName));
        Assert.Equal(["Lovelace", "Hopper", "Turing"], streamed.Select(static p => p.LastName));
        Assert.Equal(["Lovelace", "Hopper", "Turing"], aggregated.Select(static p => p.LastName));
    }

    [Fact]
    public async Task OnRead_RepositoryRead_WritesBackAndNotifiesWriteObservers()
    {
        var services = await SeedAsync(WriteBackPolicy.OnRead);
        var people = services.GetRequiredService<IRepository<Person>>();

        await people.GetByIdAsync(1);
        await services.GetRequiredService<SchemaWriteBackQueue>().WhenIdleAsync();

        var stored = await Raw(services).Find(new BsonDocument("_id", 1)).SingleAsync();
        Assert.Equal(3, stored["schemaVersion"].AsInt32);
        Assert.Equal("people", Assert.Single(_observer.Writes));
    }

    [Fact]
    public async Task RepositoryWrites_StampTheCurrentVersion()
    {
        var services = await SeedAsync(WriteBackPolicy.Never);
        var people = services.GetRequiredService<IRepository<Person>>();

        await people.InsertAsync(new Person { Id = 10, FirstName = "Barbara", LastName = "Liskov" });
        var person = (await people.GetByIdAsync(1))!;
        person.Visits = 2;
        await people.ReplaceAsync(person);

        var raw = Raw(services);
        Assert.Equal(3, (await raw.Find(new BsonDocument("_id", 10)).SingleAsync())["schemaVersion"].AsInt32);
        var replaced = await raw.Find(new BsonDocument("_id", 1)).SingleAsync();
        Assert.Equal((3, 2, "Lovelace"), (replaced["schemaVersion"].AsInt32, replaced["visits"].AsInt32, replaced["lastName"].ToString()));
    }

    [Fact]
    public async Task MigrationRunner_SweepsTheRepositoryCollection()
    {
        var services = await SeedAsync(WriteBackPolicy.Never);
        var runner = services.GetRequiredService<IMigrationRunner>();

        var before = await runner.GetVersionStatsAsync<Person>();
        var result = await runner.MigrateAsync<Person>();
        var after = await runner.GetVersionStatsAsync<Person>();

        Assert.Equal((2L, 2L, 0L), (before.Outdated, result.Migrated, after.Outdated));
        Assert.Equal("people", result.CollectionName);
    }

    [Fact]
    public async Task Startup_AppliesDatabaseMigrationsAndRunsTheConfiguredSweep()
    {
        var migration = new IndexMigration();
        var services = await SeedAsync(WriteBackPolicy.Never, m => m.AddDatabaseMigration(migration).RunSweepAtStartup<Person>(o => o.BatchSize = 1));

        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var runner = services.GetRequiredService<IMigrationRunner>();
        for (var attempt = 0; attempt < 200 && (await runner.GetVersionStatsAsync<Person>()).Outdated > 0; attempt++)
        {
            await Task.Delay(25);
        }

        Assert.Equal(0, (await runner.GetVersionStatsAsync<Person>()).Outdated);
        Assert.Equal(1, migration.Applied);
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Startup_BrokenChainDeclaredWithHasSchemaVersion_FailsNamingTheStep()
    {
        var services = BuildServices(b => b
            .AddRepository<Contact>(r => r.InCollection("contacts").HasSchemaVersion(3))
            .AddMigrations(m => m.AddDocumentMigration(new UpOnlyMigration<Contact>(2))));

        var exception = await Assert.ThrowsAsync<MigrationChainException>(async () =>
        {
            foreach (var hosted in services.GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None);
            }
        });

        Assert.Contains("from version 2 to 3", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HasSchemaVersion_CompleteChain_UpgradesOnRead()
    {
        var services = BuildServices(b => b
            .AddRepository<Contact>(r => r.InCollection("contacts").HasSchemaVersion(2))
            .AddMigrations(m => m.AddDocumentMigration(new UpOnlyMigration<Contact>(2)).WriteBack(WriteBackPolicy.Never)));
        await services.GetRequiredService<MigrationCollections>().GetDatabase().GetCollection<BsonDocument>("contacts").InsertOneAsync(new BsonDocument("_id", 1));

        var contact = await services.GetRequiredService<IRepository<Contact>>().GetByIdAsync(1);

        Assert.Equal([2], contact!.Steps);
        Assert.Equal(2, (await services.GetRequiredService<IMigrationRunner>().GetVersionStatsAsync<Contact>()).CurrentVersion);
    }

    private static IMongoCollection<BsonDocument> Raw(IServiceProvider services) =>
        services.GetRequiredService<MigrationCollections>().GetDatabase().GetCollection<BsonDocument>("people");

    private async Task<ServiceProvider> SeedAsync(WriteBackPolicy policy, Action<MigrationsBuilder>? configure = null)
    {
        var services = BuildServices(
            b => b.AddRepository<Person>(r => r.InCollection("people")).AddMigrations(m =>
            {
                m.AddDocumentMigrationsFromAssembly(typeof(Person).Assembly).WriteBack(policy);
                configure?.Invoke(m);
            }),
            before: s => s.AddSingleton<IRepositoryWriteObserver>(_observer));
        await Raw(services).InsertManyAsync(
        [
            MigrationTestContext.V1(1, "Ada Lovelace"),
            MigrationTestContext.V2(2, "Grace Hopper"),
            MigrationTestContext.V3(3, "Alan", "Turing"),
        ]);
        return services;
    }

    public sealed class Contact
    {
        public int Id { get; set; }

        public List<int> Steps { get; set; } = [];
    }

    private sealed class IndexMigration : IDatabaseMigration
    {
        public int Applied { get; private set; }

        public string Id => "2026-11-21-people-last-name-index";

        public async Task UpAsync(IMongoDatabase database, CancellationToken cancellationToken = default)
        {
            await database.GetCollection<BsonDocument>("people").Indexes.CreateOneAsync(
                new CreateIndexModel<BsonDocument>(new BsonDocument("lastName", 1)), cancellationToken: cancellationToken);
            Applied++;
        }
    }
}
