using System.Diagnostics;
using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Migrations;

namespace MongoPatterns.Tests.Migrations;

/// <summary>The background sweep: batches, progress, dry run, throttling, and resuming after a crash with every step applied exactly once.</summary>
public sealed class SweepTests(EmbeddedMongoFixture fixture) : IClassFixture<EmbeddedMongoFixture>
{
    private const int DocumentCount = 30;

    [Fact]
    public async Task MigrateAsync_MixedCollection_UpgradesEveryDocumentAndReportsProgress()
    {
        await using var context = await SeedAsync();
        var reports = new SynchronousProgress();

        var result = await context.Runner.MigrateAsync<Person>(new MigrationSweepOptions { BatchSize = 4 }, reports);

        Assert.Equal((20L, 20L, 0L, true), (result.TotalOutdated, result.Migrated, result.Skipped, result.IsComplete));
        Assert.True(reports.Reports.Count >= 5);
        Assert.All(reports.Reports.SkipLast(1), static p => Assert.NotNull(p.EstimatedTimeRemaining));
        Assert.Contains(reports.Reports, static p => p.DocumentsPerSecond > 0);
        await AssertAllCurrentWithEachStepOnceAsync(context);
        Assert.Equal(5, context.Observer.Writes.Count);
    }

    [Fact]
    public async Task MigrateAsync_CancelledMidwayThenRerun_AppliesEachStepExactlyOnce()
    {
        await using var context = await SeedAsync();
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Migrated >= 8)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => context.Runner.MigrateAsync<Person>(new MigrationSweepOptions { BatchSize = 4 }, progress, cancellation.Token));
        var midway = await context.Runner.GetVersionStatsAsync<Person>();
        var rerun = await context.Runner.MigrateAsync<Person>(new MigrationSweepOptions { BatchSize = 4 });

        Assert.Equal(12, midway.Outdated);
        Assert.Equal(12, rerun.Migrated);
        await AssertAllCurrentWithEachStepOnceAsync(context);
    }

    [Fact]
    public async Task MigrateAsync_ProcessAbortsMidBatchThenRestarts_AppliesEachStepExactlyOnce()
    {
        var databaseName = fixture.CreateDatabaseName("sweep_abort");
        await using (var crashing = MigrationTestContext.Create(fixture, databaseName: databaseName, personMigrations: [new PersonRenameName(), new CrashingSplit<Person>(crashOnId: 16)]))
        {
            await SeedAsync(crashing);
            var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => crashing.Runner.MigrateAsync<Person>(new MigrationSweepOptions { BatchSize = 4 }));
            Assert.Contains("simulated process abort", exception.Message, StringComparison.Ordinal);
            Assert.Equal(12, (await crashing.Runner.GetVersionStatsAsync<Person>()).Outdated);
        }

        await using var restarted = MigrationTestContext.Create(fixture, databaseName: databaseName);
        var result = await restarted.Runner.MigrateAsync<Person>(new MigrationSweepOptions { BatchSize = 4 });

        Assert.Equal(12, result.Migrated);
        await AssertAllCurrentWithEachStepOnceAsync(restarted);
    }

    [Fact]
    public async Task MigrateAsync_DryRun_CountsEachStepAndWritesNothing()
    {
        await using var context = await SeedAsync();

        var result = await context.Runner.MigrateAsync<Person>(new MigrationSweepOptions { DryRun = true });

        Assert.True(result.IsDryRun);
        Assert.Equal([new MigrationStepCount(1, 2, 10), new MigrationStepCount(2, 3, 20)], result.Steps);
        Assert.Equal(20, result.TotalOutdated);
        Assert.Equal(20, (await context.Runner.GetVersionStatsAsync<Person>()).Outdated);
    }

    [Fact]
    public async Task MigrateAsync_MaxDocumentsPerSecond_ThrottlesTheSweep()
    {
        await using var context = await SeedAsync();
        var stopwatch = Stopwatch.StartNew();

        await context.Runner.MigrateAsync<Person>(new MigrationSweepOptions { BatchSize = 10, MaxDocumentsPerSecond = 100 });

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(150), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task MigrateAsync_NothingOutdated_CompletesWithoutWrites()
    {
        await using var context = MigrationTestContext.Create(fixture);
        await context.Raw.InsertOneAsync(MigrationTestContext.V3(1, "Alan", "Turing"));

        var result = await context.Runner.MigrateAsync<Person>();

        Assert.Equal((0L, 0L, true), (result.TotalOutdated, result.Migrated, result.IsComplete));
    }

    private static async Task AssertAllCurrentWithEachStepOnceAsync(MigrationTestContext context)
    {
        var documents = await context.Raw.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument("_id", 1)).ToListAsync();
        Assert.Equal(DocumentCount, documents.Count);
        foreach (var document in documents)
        {
            var id = document["_id"].AsInt32;
            int[] expected = (id % 3) switch { 0 => [2, 3], 1 => [3], _ => [] };
            Assert.Equal(3, document["schemaVersion"].AsInt32);
            Assert.Equal(expected, document["steps"].AsBsonArray.Select(static v => v.AsInt32));
            Assert.Equal($"First{id}", document["firstName"].ToString());
        }

        var people = await context.Typed<Person>().Find(FilterDefinition<Person>.Empty).ToListAsync();
        Assert.Equal(DocumentCount, people.Count);
        Assert.Equal(0, (await context.Runner.GetVersionStatsAsync<Person>()).Outdated);
    }

    private async Task<MigrationTestContext> SeedAsync()
    {
        var context = MigrationTestContext.Create(fixture);
        await SeedAsync(context);
        return context;
    }

    // Ids 1..30: id % 3 == 0 → v1, == 1 → v2, == 2 → v3.
    private static Task SeedAsync(MigrationTestContext context) =>
        context.Raw.InsertManyAsync(Enumerable.Range(1, DocumentCount).Select(static id => (id % 3) switch
        {
            0 => MigrationTestContext.V1(id, $"First{id} Last{id}"),
            1 => MigrationTestContext.V2(id, $"First{id} Last{id}"),
            _ => MigrationTestContext.V3(id, $"First{id}", $"Last{id}"),
        }));

    /// <summary>The v3 step that "kills the process" when it reaches one document (nothing of that batch is written).</summary>
    private sealed class CrashingSplit<T>(int crashOnId) : SplitFullNameMigration<T>
    {
        public override void Up(BsonDocument document)
        {
            if (document["_id"].AsInt32 == crashOnId)
            {
                throw new InvalidOperationException("simulated process abort");
            }

            base.Up(document);
        }
    }

    private sealed class SynchronousProgress(Action<MigrationProgress>? onReport = null) : IProgress<MigrationProgress>
    {
        public List<MigrationProgress> Reports { get; } = [];

        public void Report(MigrationProgress value)
        {
            Reports.Add(value);
            onReport?.Invoke(value);
        }
    }
}
