using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Operations;

/// <summary>The effective settings of a collection or database handle, after inheritance from the client.</summary>
/// <param name="ReadConcern">The read concern.</param>
/// <param name="ReadPreference">The read preference.</param>
/// <param name="WriteConcern">The write concern.</param>
/// <param name="SerializerRegistry">The serializer registry.</param>
internal sealed record CollectionOperationSettings(ReadConcern ReadConcern, ReadPreference ReadPreference, WriteConcern WriteConcern, BsonSerializerRegistry SerializerRegistry);
