using System.Diagnostics;
using System.Diagnostics.Metrics;
using MongoPatterns.Diagnostics;

namespace MongoPatterns.Migrations;

/// <summary>The migration instruments on the <c>MongoPatterns</c> meter.</summary>
internal static class MigrationMetrics
{
    private static readonly Meter s_meter = MongoPatternsTelemetry.Meter;

    private static readonly Counter<long> s_upgradedOnRead = s_meter.CreateCounter<long>(
        "mongopatterns.migrations.upgraded_on_read", "{document}", "Documents upgraded to the current schema version while being read.");

    private static readonly Counter<long> s_newerRead = s_meter.CreateCounter<long>(
        "mongopatterns.migrations.newer_documents", "{document}", "Documents read that are newer than the code's schema version.");

    private static readonly Counter<long> s_writeBacks = s_meter.CreateCounter<long>(
        "mongopatterns.migrations.write_backs", "{document}", "Upgraded documents written back (outcome: written, skipped, failed).");

    private static readonly Counter<long> s_swept = s_meter.CreateCounter<long>(
        "mongopatterns.migrations.sweep.documents", "{document}", "Documents processed by background sweeps (outcome: migrated, skipped).");

    private static readonly Counter<long> s_databaseMigrations = s_meter.CreateCounter<long>(
        "mongopatterns.migrations.database_migrations", "{migration}", "Startup migrations applied (outcome: applied, failed).");

    public static void UpgradedOnRead(EntitySchema schema, int fromVersion)
    {
        if (s_upgradedOnRead.Enabled)
        {
            s_upgradedOnRead.Add(1, new TagList { { "entity", schema.EntityType.Name }, { "from_version", fromVersion }, { "to_version", schema.CurrentVersion } });
        }
    }

    public static void NewerDocumentRead(EntitySchema schema, int version)
    {
        if (s_newerRead.Enabled)
        {
            s_newerRead.Add(1, new TagList { { "entity", schema.EntityType.Name }, { "version", version }, { "policy", schema.NewerDocuments.ToString() } });
        }
    }

    public static void WriteBack(EntitySchema schema, string outcome) =>
        s_writeBacks.Add(1, new TagList { { "entity", schema.EntityType.Name }, { "outcome", outcome } });

    public static void Swept(EntitySchema schema, long migrated, long skipped)
    {
        s_swept.Add(migrated, new TagList { { "entity", schema.EntityType.Name }, { "outcome", "migrated" } });
        s_swept.Add(skipped, new TagList { { "entity", schema.EntityType.Name }, { "outcome", "skipped" } });
    }

    public static void DatabaseMigration(string outcome) =>
        s_databaseMigrations.Add(1, new TagList { { "outcome", outcome } });
}
