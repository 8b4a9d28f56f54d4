using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Migrations;

namespace MongoPatterns.Tests.Migrations;

/// <summary><c>AddMongoPatternsMigrations</c> on its own: an <see cref="IMongoDatabase"/> service and explicitly named entities.</summary>
public sealed class StandaloneRegistrationTests(EmbeddedMongoFixture fixture) : IClassFixture<EmbeddedMongoFixture>
{
    [Fact]
    public async Task AddMongoPatternsMigrations_WithDatabaseService_SweepsAndDisposesSynchronously()
    {
        using var client = new MongoClient(fixture.ConnectionString);
        var database = client.GetDatabase(fixture.CreateDatabaseName("standalone"));
        await database.GetCollection<BsonDocument>("people").InsertOneAsync(MigrationTestContext.V1(1, "Ada Lovelace"));
        var services = new ServiceCollection()
            .AddSingleton(database)
            .AddMongoPatternsMigrations(m => m
                .Entity<Person>("people")
                .AddDocumentMigration<PersonRenameName>()
                .AddDocumentMigration<PersonSplitFullName>()
                .WriteBack(WriteBackPolicy.OnRead));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var result = await provider.GetRequiredService<IMigrationRunner>().MigrateAsync<Person>();
        _ = provider.GetRequiredService<SchemaWriteBackQueue>();
        provider.Dispose();

        Assert.Equal(1, result.Migrated);
        Assert.Equal(3, (await database.GetCollection<BsonDocument>("people").Find(new BsonDocument("_id", 1)).SingleAsync())["schemaVersion"].AsInt32);
    }
}
