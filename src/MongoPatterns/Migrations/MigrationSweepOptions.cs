namespace MongoPatterns.Migrations;

/// <summary>How a background sweep (<see cref="IMigrationRunner.MigrateAsync{T}"/>) migrates outdated documents.</summary>
public sealed class MigrationSweepOptions
{
    /// <summary>Gets or sets how many documents are read and written per batch (one bulk write each). Default 500.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Gets or sets the most documents migrated per second, or <see langword="null"/> (the default) for no limit.</summary>
    public double? MaxDocumentsPerSecond { get; set; }

    /// <summary>Gets or sets a pause after every batch, to leave room for the application's own load. Default none.</summary>
    public TimeSpan DelayBetweenBatches { get; set; } = TimeSpan.Zero;

    /// <summary>Gets or sets whether to only count what each step would touch, writing nothing. Default <see langword="false"/>.</summary>
    public bool DryRun { get; set; }
}
