using System.Globalization;
using System.Reflection;

namespace MongoPatterns.Entities;

/// <summary>
/// How an entity type is stored: collection, registered database name and declared indexes. Read by the repository,
/// the index manager and other features (migrations, caching) through <c>EntityConfigurationRegistry</c>.
/// </summary>
internal abstract class EntityConfiguration
{
    protected EntityConfiguration(Type entityType)
    {
        EntityType = entityType;
        CollectionName = entityType.GetCustomAttribute<CollectionAttribute>()?.Name ?? DefaultCollectionName(entityType);
    }

    /// <summary>Gets the entity type.</summary>
    public Type EntityType { get; }

    /// <summary>Gets or sets the collection name.</summary>
    public string CollectionName { get; set; }

    /// <summary>Gets or sets the registered database name (null: the main database).</summary>
    public string? DatabaseName { get; set; }

    /// <summary>Ensures this entity's declared indexes through the index manager (double dispatch to the typed configuration).</summary>
    internal abstract Task EnsureIndexesAsync(Indexes.IndexManager manager, Indexes.IndexEnsureReport report, CancellationToken cancellationToken);

    /// <summary>The naming convention: the type name in camelCase, pluralized in English (<c>User</c> → <c>users</c>, <c>Category</c> → <c>categories</c>).</summary>
    internal static string DefaultCollectionName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick > 0)
        {
            name = name[..tick];
        }

        name = char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];
        if (name.EndsWith('y') && name.Length > 1 && !"aeiou".Contains(name[^2], StringComparison.Ordinal))
        {
            return name[..^1] + "ies";
        }

        return name.EndsWith('s') || name.EndsWith('x') || name.EndsWith("ch", StringComparison.Ordinal) || name.EndsWith("sh", StringComparison.Ordinal)
            ? name + "es"
            : name + "s";
    }
}
