namespace MongoPatterns.Migrations;

/// <summary>Migrates stored documents to the current schema version in the background, and reports the version histogram.</summary>
public interface IMigrationRunner
{
    /// <summary>
    /// Upgrades every outdated document of <typeparamref name="T"/> in batches. Each write is guarded by the document as
    /// it was read, so a rerun after a crash or a cancellation continues where it stopped and nothing is migrated twice.
    /// </summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <param name="options">Batch size, throttling and dry run, or <see langword="null"/> for the defaults.</param>
    /// <param name="progress">Receives progress after every batch, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the sweep after the current batch's write.</param>
    /// <returns>The final progress.</returns>
    Task<MigrationProgress> MigrateAsync<T>(MigrationSweepOptions? options = null, IProgress<MigrationProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Counts the documents of <typeparamref name="T"/> per stored schema version (one <c>$group</c> aggregation).</summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <param name="cancellationToken">Cancels the aggregation.</param>
    /// <returns>The histogram.</returns>
    Task<SchemaVersionStats> GetVersionStatsAsync<T>(CancellationToken cancellationToken = default);
}
