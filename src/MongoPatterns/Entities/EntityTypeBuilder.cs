using System.Linq.Expressions;
using MongoPatterns.Driver;
using MongoPatterns.Indexes;

namespace MongoPatterns.Entities;

/// <summary>Configures an entity type: its collection, the named database it lives in and the indexes it needs.</summary>
/// <typeparam name="T">The entity type.</typeparam>
public sealed class EntityTypeBuilder<T>
    where T : class
{
    private readonly EntityConfiguration<T> _configuration;

    internal EntityTypeBuilder(EntityConfiguration<T> configuration)
    {
        _configuration = configuration;
    }

    /// <summary>Gets the configuration being built (for feature extensions such as <c>HasSchemaVersion</c>).</summary>
    internal EntityConfiguration<T> Configuration => _configuration;

    /// <summary>Stores the entity in the named collection (instead of <c>[Collection]</c> or the naming convention).</summary>
    /// <param name="collectionName">The collection name.</param>
    /// <returns>This builder.</returns>
    public EntityTypeBuilder<T> InCollection(string collectionName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collectionName);
        _configuration.CollectionName = collectionName;
        return this;
    }

    /// <summary>Stores the entity in a database registered with <c>AddDatabase(name, ...)</c> (default: the main database).</summary>
    /// <param name="databaseName">The registered database name (for example <c>core</c>, <c>analytics</c> or <c>logs</c>).</param>
    /// <returns>This builder.</returns>
    public EntityTypeBuilder<T> InDatabase(string databaseName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseName);
        _configuration.DatabaseName = databaseName;
        return this;
    }

    /// <summary>Declares an ascending single-field index, created at startup when missing.</summary>
    /// <param name="field">The indexed member.</param>
    /// <param name="configure">Optional index options (unique, sparse, TTL, partial filter, name).</param>
    /// <returns>This builder.</returns>
    public EntityTypeBuilder<T> HasIndex(Expression<Func<T, object?>> field, Action<IndexBuilder<T>>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        return HasIndex(keys => keys.Ascending(field), configure);
    }

    /// <summary>Declares an ascending single-field index by element path, created at startup when missing.</summary>
    /// <param name="field">The indexed element path (for example <c>address.city</c>).</param>
    /// <param name="configure">Optional index options.</param>
    /// <returns>This builder.</returns>
    public EntityTypeBuilder<T> HasIndex(string field, Action<IndexBuilder<T>>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        return HasIndex(keys => keys.Ascending(field), configure);
    }

    /// <summary>Declares an index of any shape (compound, descending, text...), created at startup when missing.</summary>
    /// <param name="keys">Builds the index keys, for example <c>k =&gt; k.Combine(k.Ascending(x =&gt; x.A), k.Descending(x =&gt; x.B))</c>.</param>
    /// <param name="configure">Optional index options.</param>
    /// <returns>This builder.</returns>
    public EntityTypeBuilder<T> HasIndex(Func<IndexKeysDefinitionBuilder<T>, IndexKeysDefinition<T>> keys, Action<IndexBuilder<T>>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var index = new IndexBuilder<T>(keys(Builders<T>.IndexKeys));
        configure?.Invoke(index);
        _configuration.Indexes.Add(index);
        return this;
    }
}
