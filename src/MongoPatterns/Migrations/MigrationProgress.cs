namespace MongoPatterns.Migrations;

/// <summary>Where a sweep stands: reported after every batch and returned when it ends.</summary>
public sealed record MigrationProgress
{
    /// <summary>Gets the entity being migrated.</summary>
    public required Type EntityType { get; init; }

    /// <summary>Gets the collection being migrated.</summary>
    public required string CollectionName { get; init; }

    /// <summary>Gets the number of outdated documents when the sweep started.</summary>
    public long TotalOutdated { get; init; }

    /// <summary>Gets the number of documents this sweep upgraded and wrote.</summary>
    public long Migrated { get; init; }

    /// <summary>Gets the number of documents skipped because someone changed them between the read and the guarded write (they are current, or the next sweep takes them).</summary>
    public long Skipped { get; init; }

    /// <summary>Gets the time since the sweep started.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Gets the documents processed per second so far.</summary>
    public double DocumentsPerSecond { get; init; }

    /// <summary>Gets the estimated time left, or <see langword="null"/> before the first batch.</summary>
    public TimeSpan? EstimatedTimeRemaining { get; init; }

    /// <summary>Gets whether the sweep has finished.</summary>
    public bool IsComplete { get; init; }

    /// <summary>Gets whether this was a dry run (nothing written).</summary>
    public bool IsDryRun { get; init; }

    /// <summary>Gets, for a dry run, how many documents each step would touch (empty otherwise).</summary>
    public IReadOnlyList<MigrationStepCount> Steps { get; init; } = [];
}
