namespace MongoPatterns.Indexes;

/// <summary>What index management does at startup (<c>MongoPatterns:Indexes</c>).</summary>
public sealed class IndexManagementOptions
{
    /// <summary>Gets or sets a value indicating whether declared indexes are ensured when the host starts (default true).</summary>
    public bool EnsureAtStartup { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether an existing index with the same keys or name but different options is dropped and recreated (default false: a warning is logged).</summary>
    public bool DropConflictingIndexes { get; set; }

    /// <summary>Gets or sets a value indicating whether indexes that no configuration declares are dropped (default false; <c>_id_</c> is never dropped).</summary>
    public bool DropUnknownIndexes { get; set; }
}
