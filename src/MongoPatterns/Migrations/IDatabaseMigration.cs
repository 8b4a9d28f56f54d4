using MongoPatterns.Driver;

namespace MongoPatterns.Migrations;

/// <summary>
/// A one-off change to the database made at startup (create an index, back-fill a collection, rename a field
/// everywhere). Migrations run in the ordinal order of their <see cref="Id"/>, each exactly once across all instances,
/// and are recorded in the <c>_migrations</c> collection.
/// </summary>
public interface IDatabaseMigration
{
    /// <summary>Gets the id that orders the migration and records it, e.g. <c>2026-11-21-01-add-order-indexes</c>. It must never change.</summary>
    string Id { get; }

    /// <summary>Applies the migration. It should be idempotent where it can: if the process dies after it ran but before it was recorded, it runs again.</summary>
    /// <param name="database">The database.</param>
    /// <param name="cancellationToken">Cancels the migration (also when the instance loses its lease).</param>
    /// <returns>A task that completes when the migration is applied.</returns>
    Task UpAsync(IMongoDatabase database, CancellationToken cancellationToken = default);
}
