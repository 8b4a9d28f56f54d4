using MongoPatterns.Exceptions;

namespace MongoPatterns.Migrations;

/// <summary>A startup (database) migration failed. It is not recorded as applied, so the next start retries it.</summary>
public sealed class DatabaseMigrationException : MongoPatternsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="migrationId">The id of the migration that failed.</param>
    /// <param name="innerException">The failure.</param>
    public DatabaseMigrationException(string migrationId, Exception innerException)
        : base($"The database migration '{migrationId}' failed: {innerException?.Message} It was not recorded as applied and will be retried at the next start.", innerException)
    {
        MigrationId = migrationId;
    }

    /// <summary>Gets the id of the migration that failed.</summary>
    public string MigrationId { get; }
}
