namespace MongoPatterns.Migrations;

/// <summary>What the startup service does besides validating the chains.</summary>
internal sealed class MigrationStartupSettings
{
    public bool RunDatabaseMigrations { get; set; } = true;
}
