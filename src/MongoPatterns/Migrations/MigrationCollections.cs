using MongoPatterns.Bson;
using MongoPatterns.Configuration;
using MongoPatterns.Databases;
using MongoPatterns.Driver;
using MongoPatterns.Entities;

namespace MongoPatterns.Migrations;

/// <summary>
/// Finds the databases and raw collections the migration engine works on: an entity's collection and database come
/// from its repository configuration (<c>AddRepository&lt;T&gt;(r =&gt; r.InCollection(...).InDatabase(...))</c>) or from
/// <see cref="MigrationsBuilder.Entity{T}(string, int?, int?)"/>; startup migrations use the database named by
/// <see cref="DatabaseMigrationOptions.DatabaseName"/>.
/// </summary>
internal sealed class MigrationCollections
{
    private readonly Func<string?, IMongoDatabase> _databases;
    private readonly EntityConfigurationRegistry? _entities;

    /// <summary>Uses one database for everything (tests, or applications without <c>AddMongoPatterns</c>).</summary>
    public MigrationCollections(IMongoDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _databases = _ => database;
    }

    /// <summary>Uses the registered databases and entity configurations of <c>AddMongoPatterns</c>.</summary>
    public MigrationCollections(IMongoDatabaseProvider databases, EntityConfigurationRegistry entities)
    {
        ArgumentNullException.ThrowIfNull(databases);
        _databases = name => databases.GetDatabase(name ?? MongoPatternsOptions.DefaultDatabase);
        _entities = entities;
    }

    /// <summary>Gets a database by registered name (<see langword="null"/>: the main one).</summary>
    public IMongoDatabase GetDatabase(string? name = null) => _databases(name);

    public IMongoCollection<BsonDocument> GetCollection(EntitySchema schema)
    {
        var configuration = _entities?.Find(schema.EntityType);
        var name = schema.CollectionName ?? configuration?.CollectionName ?? throw new InvalidOperationException(
            $"The collection of {schema.EntityType.Name} is unknown: register its repository (AddRepository<{schema.EntityType.Name}>()) or name it with MigrationsBuilder.Entity<{schema.EntityType.Name}>(collectionName).");
        return _databases(configuration?.DatabaseName).GetCollection<BsonDocument>(name);
    }
}
