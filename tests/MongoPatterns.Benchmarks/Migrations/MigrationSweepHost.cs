using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Benchmarks.Runner;
using MongoPatterns.DependencyInjection;
using MongoPatterns.Migrations;

namespace MongoPatterns.Benchmarks.Migrations;

/// <summary>
/// The services of the sweep benchmark: MongoPatterns on the benchmark server with two versioned entities, the one-step
/// <see cref="MigrationBenchmarkEntity"/> (version 2) and the three-version <see cref="SweepChainBenchmarkEntity"/>.
/// </summary>
internal sealed class MigrationSweepHost : IAsyncDisposable
{
    /// <summary>The collection of the one-step sweep.</summary>
    public const string OneStepCollection = "sweep_one_step";

    /// <summary>The collection of the three-version sweep.</summary>
    public const string ChainCollection = "sweep_chain";

    private readonly ServiceProvider _services;

    /// <summary>Creates the services.</summary>
    /// <param name="connectionString">The benchmark server.</param>
    public MigrationSweepHost(string connectionString)
    {
        var services = new ServiceCollection();
        services
            .AddMongoPatterns(options =>
            {
                options.ConnectionString = connectionString;
                options.DatabaseName = BenchmarkSession.DatabaseName;
            })
            .AddMigrations(migrations => migrations
                .Entity<MigrationBenchmarkEntity>(OneStepCollection, schemaVersion: 2)
                .AddDocumentMigration(new RenameNameToFullName())
                .Entity<SweepChainBenchmarkEntity>(ChainCollection, schemaVersion: 3)
                .AddDocumentMigration(new SweepChainRenameName())
                .AddDocumentMigration(new SweepChainAmountToCents()));
        _services = services.BuildServiceProvider();
        Runner = _services.GetRequiredService<IMigrationRunner>();
    }

    /// <summary>Gets the migration runner.</summary>
    public IMigrationRunner Runner { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
