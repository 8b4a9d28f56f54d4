namespace MongoPatterns.Indexes;

/// <summary>Ensures the indexes declared with <c>HasIndex(...)</c> exist (run at startup by a hosted service; callable by tests and tools).</summary>
public interface IIndexManager
{
    /// <summary>
    /// Creates missing declared indexes; reports (and logs a warning for) existing indexes with the same name or keys but
    /// different options, dropping and recreating them only when <c>DropConflictingIndexes</c> is set; drops undeclared
    /// indexes only when <c>DropUnknownIndexes</c> is set.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What was created, found conflicting and dropped.</returns>
    Task<IndexEnsureReport> EnsureIndexesAsync(CancellationToken cancellationToken = default);
}
