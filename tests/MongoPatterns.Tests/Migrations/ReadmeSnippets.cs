using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Migrations;
using MongoPatterns.Repositories;

namespace MongoPatterns.Tests.Migrations;

// The code of the README's "Schema migrations" section, compiled and run here so the snippets cannot rot.

/// <summary>README: the entity at schema version 3.</summary>
[SchemaVersion(3)]
public sealed class Customer
{
    public int Id { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";
}

/// <summary>README: v1 → v2 renamed <c>name</c> to <c>fullName</c>.</summary>
public sealed class RenameCustomerName : DocumentMigration<Customer>
{
    public override int Version => 2;

    public override void Up(BsonDocument document)
    {
        document.Set("fullName", document["name"]);
        document.Remove("name");
    }

    public override void Down(BsonDocument document)
    {
        document.Set("name", document["fullName"]);
        document.Remove("fullName");
    }
}

/// <summary>README: v2 → v3 split <c>fullName</c> into first and last name.</summary>
public sealed class SplitCustomerName : DocumentMigration<Customer>
{
    public override int Version => 3;

    public override void Up(BsonDocument document)
    {
        var parts = document["fullName"].ToString().Split(' ', 2);
        document.Remove("fullName");
        document.Set("firstName", parts[0]);
        document.Set("lastName", parts.Length > 1 ? parts[1] : "");
    }
}

/// <summary>README: a startup migration.</summary>
public sealed class CreateCustomerIndexes : IDatabaseMigration
{
    public string Id => "2026-11-21-01-customer-indexes";

    public Task UpAsync(IMongoDatabase database, CancellationToken cancellationToken = default) =>
        database.GetCollection<BsonDocument>("customers").Indexes.CreateOneAsync(
            new CreateIndexModel<BsonDocument>(new BsonDocument("lastName", 1)), cancellationToken: cancellationToken);
}

public sealed class ReadmeSnippetTests(EmbeddedMongoFixture fixture) : IClassFixture<EmbeddedMongoFixture>
{
    [Fact]
    public async Task SchemaMigrationsSection_RunsAsWritten()
    {
        var services = new ServiceCollection();
        var connectionString = fixture.ConnectionString;
        var databaseName = fixture.CreateDatabaseName("readme");

        // README: registration
        services.AddMongoPatterns(options =>
            {
                options.ConnectionString = connectionString;
                options.DatabaseName = databaseName;
            })
            .AddRepository<Customer>()
            .AddMigrations(m => m
                .AddDocumentMigrationsFromAssembly(typeof(Customer).Assembly)
                .AddDatabaseMigration<CreateCustomerIndexes>()
                .WriteBack(WriteBackPolicy.OnRead)
                .NewerDocuments(NewerDocumentPolicy.Throw)
                .RunSweepAtStartup<Customer>(sweep => sweep.MaxDocumentsPerSecond = 500));

        await using var provider = services.BuildServiceProvider();
        var raw = provider.GetRequiredService<MigrationCollections>().GetDatabase().GetCollection<BsonDocument>("customers");
        await raw.InsertManyAsync([new BsonDocument { { "_id", 1 }, { "name", "Ada Lovelace" } }, new BsonDocument { { "_id", 2 }, { "name", "Alan Turing" } }]);
        var customers = provider.GetRequiredService<IRepository<Customer>>();
        var cancellationToken = CancellationToken.None;

        // README: sweeping by hand
        var runner = provider.GetRequiredService<IMigrationRunner>();
        var dryRun = await runner.MigrateAsync<Customer>(new MigrationSweepOptions { DryRun = true });
        foreach (var step in dryRun.Steps)
        {
            Console.WriteLine($"v{step.FromVersion} -> v{step.ToVersion}: {step.Documents} documents");
        }

        var ada = await customers.GetByIdAsync(1);
        var progress = new Progress<MigrationProgress>(p =>
            Console.WriteLine($"{p.Migrated}/{p.TotalOutdated} migrated, {p.DocumentsPerSecond:F0}/s, about {p.EstimatedTimeRemaining} left"));
        await runner.MigrateAsync<Customer>(new MigrationSweepOptions { BatchSize = 1_000 }, progress, cancellationToken);
        var stats = await runner.GetVersionStatsAsync<Customer>();
        Console.WriteLine($"{stats.Outdated} of {stats.Total} documents older than v{stats.CurrentVersion}");

        Assert.Equal([new MigrationStepCount(1, 2, 2), new MigrationStepCount(2, 3, 2)], dryRun.Steps);
        Assert.Equal(("Ada", "Lovelace"), (ada!.FirstName, ada.LastName));
        Assert.Equal((0L, 2L), (stats.Outdated, stats.Total));
    }
}
