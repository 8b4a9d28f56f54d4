using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.Migrations;

/// <summary>Finds the database and the raw collection of a versioned entity, for write-backs, sweeps and statistics.</summary>
internal sealed class MigrationCollections(IMongoDatabase database)
{
    public IMongoDatabase Database { get; } = database;

    public IMongoCollection<BsonDocument> GetCollection(EntitySchema schema)
    {
        var name = schema.CollectionName ?? throw new InvalidOperationException(
            $"The collection of {schema.EntityType.Name} is unknown: name it when registering the entity (MigrationsBuilder.Entity<{schema.EntityType.Name}>(collectionName)).");
        return Database.GetCollection<BsonDocument>(name);
    }
}
