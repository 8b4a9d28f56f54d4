using MongoPatterns.Configuration;
using MongoPatterns.Databases;
using MongoPatterns.Driver;
using MongoPatterns.Entities;

namespace MongoPatterns.Repositories;

/// <summary>
/// The one place repositories (and other features) get an entity's <see cref="IMongoCollection{TDocument}"/>: the
/// registered database of its configuration, its collection name, and the serializer registry from
/// <see cref="IEntitySerializerSource"/> passed through <see cref="MongoCollectionSettings"/>.
/// </summary>
internal sealed class EntityCollectionFactory(IMongoDatabaseProvider databases, IEntitySerializerSource serializers)
{
    public IMongoCollection<T> GetCollection<T>(EntityConfiguration<T> configuration)
        where T : class
    {
        var database = databases.GetDatabase(configuration.DatabaseName ?? MongoPatternsOptions.DefaultDatabase);
        var settings = new MongoCollectionSettings { SerializerRegistry = serializers.GetSerializerRegistry(typeof(T)) };
        return database.GetCollection<T>(configuration.CollectionName, settings);
    }
}
