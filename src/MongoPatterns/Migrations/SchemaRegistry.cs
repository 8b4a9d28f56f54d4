using System.Reflection;

namespace MongoPatterns.Migrations;

/// <summary>
/// Builds and validates the <see cref="EntitySchema"/> of every versioned entity once, at startup: a broken chain
/// raises <see cref="MigrationChainException"/> naming the step.
/// </summary>
internal sealed class SchemaRegistry
{
    private readonly Dictionary<Type, EntitySchema> _schemas;

    public SchemaRegistry(MigrationOptions options, IEnumerable<EntityMigrationRegistration> registrations, IEnumerable<IDocumentMigration> migrations)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.VersionField);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MissingVersion, 1);
        Options = options;
        var byType = registrations.GroupBy(static r => r.EntityType).ToDictionary(static g => g.Key, static g => Merge(g.Key, g));
        var stepsByType = migrations.GroupBy(static m => m.EntityType).ToDictionary(static g => g.Key, static g => g.ToList());
        foreach (var type in stepsByType.Keys.Where(t => !byType.ContainsKey(t)))
        {
            byType.Add(type, new EntityMigrationRegistration(type));
        }

        _schemas = [];
        foreach (var registration in byType.Values)
        {
            var steps = stepsByType.TryGetValue(registration.EntityType, out var list) ? list : [];
            _schemas.Add(registration.EntityType, Build(registration, steps, options));
        }
    }

    public MigrationOptions Options { get; }

    public IEnumerable<EntitySchema> Schemas => _schemas.Values;

    public EntitySchema? Find(Type entityType) => _schemas.GetValueOrDefault(entityType);

    public EntitySchema Get(Type entityType) =>
        Find(entityType) ?? throw new InvalidOperationException(
            $"{entityType.Name} is not versioned: give it [SchemaVersion(n)] or HasSchemaVersion(n) and register it (or its migrations) with AddMigrations.");

    private static EntityMigrationRegistration Merge(Type type, IEnumerable<EntityMigrationRegistration> registrations)
    {
        var merged = new EntityMigrationRegistration(type);
        foreach (var registration in registrations)
        {
            merged.SchemaVersion = registration.SchemaVersion ?? merged.SchemaVersion;
            merged.OldestVersion = registration.OldestVersion ?? merged.OldestVersion;
            merged.CollectionName = registration.CollectionName ?? merged.CollectionName;
        }

        return merged;
    }

    private static EntitySchema Build(EntityMigrationRegistration registration, List<IDocumentMigration> migrations, MigrationOptions options)
    {
        var type = registration.EntityType;
        var current = registration.SchemaVersion ?? type.GetCustomAttribute<SchemaVersionAttribute>(inherit: false)?.Version;
        if (current is null)
        {
            var first = migrations.Count > 0 ? migrations.Min(static m => m.Version) : 2;
            throw new MigrationChainException(type, first - 1, first,
                $"{type.Name} has document migrations but no schema version: add [SchemaVersion(n)] to the class or call HasSchemaVersion(n).");
        }

        var oldest = registration.OldestVersion ?? Math.Min(options.MissingVersion, current.Value);
        var highest = migrations.Count > 0 ? Math.Max(current.Value, migrations.Max(static m => m.Version)) : current.Value;
        var steps = new IDocumentMigration?[highest + 1];
        foreach (var migration in migrations.OrderBy(static m => m.Version))
        {
            var version = migration.Version;
            if (version > current.Value && !migration.CanDowngrade)
            {
                throw new MigrationChainException(type, version - 1, version,
                    $"{migration.GetType().Name} migrates {type.Name} from version {version - 1} to {version}, but {type.Name} is at schema version {current} ([SchemaVersion] or HasSchemaVersion). Steps above the current version are only useful for their Down (to read newer documents): override Down, raise the version, or remove the step.");
            }

            if (version <= oldest)
            {
                throw new MigrationChainException(type, version - 1, version,
                    $"{migration.GetType().Name} migrates {type.Name} from version {version - 1} to {version}, below the oldest supported version {oldest}. Remove the step or lower the oldest supported version.");
            }

            if (steps[version] is { } existing)
            {
                throw new MigrationChainException(type, version - 1, version,
                    $"Two document migrations migrate {type.Name} from version {version - 1} to {version}: {existing.GetType().Name} and {migration.GetType().Name}. Keep exactly one.");
            }

            steps[version] = migration;
        }

        for (var version = oldest + 1; version <= highest; version++)
        {
            if (steps[version] is null)
            {
                throw new MigrationChainException(type, version - 1, version,
                    $"The schema of {type.Name} has no migration from version {version - 1} to {version} (the chain must lead from version {oldest} to version {highest} without gaps; the current version is {current}). Add a DocumentMigration<{type.Name}> with Version = {version}.");
            }
        }

        return new EntitySchema(type, current.Value, oldest, registration.CollectionName, options, steps);
    }
}
