using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Repositories;

/// <summary>
/// Integration seam: the serializer registry a repository's collection uses for an entity type. Every read and every
/// whole-document write (insert, insert many, replace, upsert) goes through that registry's serializer for the entity,
/// so a migration-aware serializer (one that upgrades old documents and stamps a schema version) can be plugged in by
/// registering another implementation. Default: <c>MongoPatternsOptions.SerializerRegistry</c> or the global registry.
/// </summary>
internal interface IEntitySerializerSource
{
    /// <summary>Gets the registry to serialize <paramref name="entityType"/> with.</summary>
    BsonSerializerRegistry GetSerializerRegistry(Type entityType);
}
