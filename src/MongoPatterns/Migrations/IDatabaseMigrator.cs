namespace MongoPatterns.Migrations;

/// <summary>Applies the registered <see cref="IDatabaseMigration"/>s that are not yet recorded, under a lease shared by all instances.</summary>
public interface IDatabaseMigrator
{
    /// <summary>
    /// Applies the pending migrations in id order. When another instance holds the lease, waits for it (polling with
    /// backoff) and then applies only what is still pending.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait or the running migration.</param>
    /// <returns>The ids this call applied (empty when everything was already applied).</returns>
    /// <exception cref="DatabaseMigrationException">A migration failed; it stays pending.</exception>
    /// <exception cref="TimeoutException">The lease was not obtained within <see cref="DatabaseMigrationOptions.LeaseWaitTimeout"/>.</exception>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default);
}
