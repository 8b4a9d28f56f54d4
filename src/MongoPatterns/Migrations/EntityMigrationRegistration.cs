namespace MongoPatterns.Migrations;

/// <summary>What the configuration says about one entity: its version (when not from the attribute), its oldest supported version and its collection.</summary>
internal sealed class EntityMigrationRegistration(Type entityType)
{
    public Type EntityType { get; } = entityType;

    public int? SchemaVersion { get; set; }

    public int? OldestVersion { get; set; }

    public string? CollectionName { get; set; }
}
