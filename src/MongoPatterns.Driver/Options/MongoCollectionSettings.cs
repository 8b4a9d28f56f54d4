using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver;

/// <summary>Overrides for one collection handle; unset values are inherited from the database.</summary>
public sealed record MongoCollectionSettings
{
    /// <summary>Gets the read concern, or <see langword="null"/> to inherit.</summary>
    public ReadConcern? ReadConcern { get; init; }

    /// <summary>Gets the read preference, or <see langword="null"/> to inherit.</summary>
    public ReadPreference? ReadPreference { get; init; }

    /// <summary>Gets the write concern, or <see langword="null"/> to inherit.</summary>
    public WriteConcern? WriteConcern { get; init; }

    /// <summary>Gets the serializer registry, or <see langword="null"/> to use the client's.</summary>
    public BsonSerializerRegistry? SerializerRegistry { get; init; }
}
