using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Benchmarks.Infrastructure;
using MongoPatterns.Bson;
using MongoPatterns.Migrations;
using MongoPatterns.Repositories;

namespace MongoPatterns.Benchmarks.Migrations;

/// <summary>
/// Lazy one-step upgrade on read: <c>GetByIdAsync</c> of a version-1 document (upgraded by <see cref="RenameNameToFullName"/>
/// while it is deserialized; write-back off, so it stays outdated) vs the same read of a current document
/// (<c>[Baseline]</c>), same collection, same in-process embedded server. Target: &lt; 1.2x.
/// </summary>
[MemoryDiagnoser]
public class UpgradeOnReadBenchmarks
{
    private const string Collection = "migration_reads";

    private LibraryBenchmarkHost _host = null!;
    private Repository<MigrationBenchmarkEntity> _repository = null!;
    private ObjectId _currentId;
    private ObjectId _outdatedId;

    /// <summary>Starts the server and stores one current and one version-1 document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _host = LibraryBenchmarkHost.Start(builder => builder
            .AddRepository<MigrationBenchmarkEntity>(entity => entity.InCollection(Collection))
            .AddMigrations(migrations => migrations
                .Entity<MigrationBenchmarkEntity>(Collection, schemaVersion: 2)
                .WriteBack(WriteBackPolicy.Never)
                .AddDocumentMigration(new RenameNameToFullName())));
        _repository = _host.Services.GetRequiredService<Repository<MigrationBenchmarkEntity>>();
        _currentId = ObjectId.GenerateNewId();
        _outdatedId = ObjectId.GenerateNewId();
        var documents = _host.Database.GetCollection<BsonDocument>(Collection);
        documents.InsertManyAsync(
        [
            new BsonDocument { { "_id", _currentId }, { "fullName", "Ada Lovelace" }, { "amount", 7 }, { "schemaVersion", 2 } },
            new BsonDocument { { "_id", _outdatedId }, { "name", "Ada Lovelace" }, { "amount", 7 } },
        ]).GetAwaiter().GetResult();
        if (PlainRead().GetAwaiter().GetResult()?.FullName != "Ada Lovelace" || UpgradeOnRead().GetAwaiter().GetResult()?.FullName != "Ada Lovelace")
        {
            throw new InvalidOperationException("The version-1 document was not upgraded on read.");
        }
    }

    /// <summary>Stops the server.</summary>
    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Reads a current document.</summary>
    /// <returns>The entity.</returns>
    [Benchmark(Baseline = true)]
    public Task<MigrationBenchmarkEntity?> PlainRead() => _repository.GetByIdAsync(_currentId);

    /// <summary>Reads a version-1 document, upgraded while it is deserialized.</summary>
    /// <returns>The entity.</returns>
    [Benchmark]
    public Task<MigrationBenchmarkEntity?> UpgradeOnRead() => _repository.GetByIdAsync(_outdatedId);
}
