using System.Runtime.CompilerServices;
using MongoPatterns.Entities;

namespace MongoPatterns.Migrations;

/// <summary>The schema versions set with <c>HasSchemaVersion</c>, kept beside the library's entity configurations.</summary>
internal static class EntitySchemaVersions
{
    private static readonly ConditionalWeakTable<EntityConfiguration, StrongBox<int>> s_versions = new();

    public static void Set(EntityConfiguration configuration, int version) =>
        s_versions.AddOrUpdate(configuration, new StrongBox<int>(version));

    public static int? Find(EntityConfiguration configuration) =>
        s_versions.TryGetValue(configuration, out var version) ? version.Value : null;

    /// <summary>Describes every repository entity that is versioned (by <c>HasSchemaVersion</c> or <see cref="SchemaVersionAttribute"/>).</summary>
    public static IEnumerable<EntityMigrationRegistration> From(EntityConfigurationRegistry? entities)
    {
        if (entities is null)
        {
            yield break;
        }

        foreach (var configuration in entities.All)
        {
            var version = Find(configuration);
            if (version is not null || Attribute.IsDefined(configuration.EntityType, typeof(SchemaVersionAttribute), inherit: false))
            {
                yield return new EntityMigrationRegistration(configuration.EntityType) { SchemaVersion = version };
            }
        }
    }
}
