using System.Globalization;
using MongoPatterns.Benchmarks.Runner;
using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Migrations;

namespace MongoPatterns.Benchmarks.Migrations;

/// <summary>
/// Issue #7's sweep throughput: <see cref="IMigrationRunner.MigrateAsync{T}"/> over 100,000 small version-1 documents on
/// the benchmark server (the embedded server in its own process, over TCP). Each iteration seeds the documents with
/// <c>insertMany</c> (untimed), times the sweep alone, and then checks that every document is at the current version.
/// The report's ops/s column is the sweep's documents per second.
/// </summary>
internal static class MigrationSweepBenchmark
{
    /// <summary>The client name in results.</summary>
    public const string ClientName = "migration-runner";

    /// <summary>The documents per sweep.</summary>
    public const int DocumentCount = 100_000;

    private const int SeedBatchSize = 10_000;

    private static readonly int[] OneStepBatchSizes = [500, 1_000, 5_000];

    /// <summary>Creates the sweep tasks: the one-step sweep at three batch sizes and the three-version chain at 1,000.</summary>
    /// <param name="session">The session.</param>
    /// <param name="host">The migration services (owned by the caller).</param>
    /// <returns>The tasks.</returns>
    public static IEnumerable<SpecTask> CreateTasks(BenchmarkSession session, MigrationSweepHost host)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(host);
        foreach (var batchSize in OneStepBatchSizes)
        {
            yield return Sweep<MigrationBenchmarkEntity>(session, host, "sweep-100k-batch-" + batchSize.ToString(CultureInfo.InvariantCulture), MigrationSweepHost.OneStepCollection, batchSize, currentVersion: 2);
        }

        yield return Sweep<SweepChainBenchmarkEntity>(session, host, "sweep-100k-chain-batch-1000", MigrationSweepHost.ChainCollection, 1_000, currentVersion: 3);
    }

    /// <summary>The version-1 document number <paramref name="index"/>: no version field, <c>name</c> and <c>amount</c>.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The document.</returns>
    internal static BsonDocument VersionOneDocument(int index) => new()
    {
        { "_id", ObjectId.GenerateNewId() },
        { "name", "Customer " + index.ToString("D6", CultureInfo.InvariantCulture) },
        { "amount", index % 10_000 },
    };

    private static SpecTask Sweep<T>(BenchmarkSession session, MigrationSweepHost host, string name, string collectionName, int batchSize, int currentVersion)
    {
        var collection = session.Database.GetCollection<BsonDocument>(collectionName);
        var documents = new List<BsonDocument>(DocumentCount);
        var options = new MigrationSweepOptions { BatchSize = batchSize };
        MigrationProgress? result = null;
        var documentBytes = VersionOneDocument(0).ToBson().Length;
        var full = session.Policy.OperationDivisor == 1;
        return new SpecTask("migrations", name, ClientName, DocumentCount, (long)documentBytes * DocumentCount, async cancellationToken =>
        {
            result = await host.Runner.MigrateAsync<T>(options, null, cancellationToken).ConfigureAwait(false);
        })
        {
            // One sweep is several seconds of work: one iteration in quick mode; a warm-up and three in full mode.
            Policy = full ? IterationPolicy.Samples(3, warmups: 1, TimeSpan.FromMinutes(10)) : IterationPolicy.Samples(1, warmups: 0, TimeSpan.FromMinutes(10)),
            Setup = _ =>
            {
                for (var i = 0; i < DocumentCount; i++)
                {
                    documents.Add(VersionOneDocument(i));
                }

                return Task.CompletedTask;
            },
            BeforeIteration = async cancellationToken =>
            {
                await collection.Database.DropCollectionAsync(collectionName, cancellationToken).ConfigureAwait(false);
                for (var start = 0; start < documents.Count; start += SeedBatchSize)
                {
                    var slice = documents.GetRange(start, Math.Min(SeedBatchSize, documents.Count - start));
                    await collection.InsertManyAsync(slice, new InsertManyOptions { IsOrdered = false }, cancellationToken).ConfigureAwait(false);
                }
            },
            AfterIteration = async cancellationToken =>
            {
                var atCurrent = await collection.CountDocumentsAsync(new BsonDocument("schemaVersion", currentVersion), cancellationToken: cancellationToken).ConfigureAwait(false);
                var stats = await host.Runner.GetVersionStatsAsync<T>(cancellationToken).ConfigureAwait(false);
                if (result is not { IsComplete: true, Migrated: DocumentCount, Skipped: 0 } || atCurrent != DocumentCount
                    || stats.DocumentsByVersion.Count != 1 || stats.DocumentsByVersion.GetValueOrDefault(currentVersion) != DocumentCount)
                {
                    throw new InvalidOperationException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"The sweep left documents behind: migrated {result?.Migrated}, skipped {result?.Skipped}, {atCurrent} at version {currentVersion}, versions {string.Join(", ", stats.DocumentsByVersion.Select(p => p.Key + ":" + p.Value))}."));
                }
            },
        };
    }
}
