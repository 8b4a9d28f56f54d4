using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Bson.Tests.Serialization;

/// <summary>Round-trip helpers for the serialization tests.</summary>
internal static class SerializationAssert
{
    /// <summary>Serializes <paramref name="value"/>, decodes it back and returns the copy.</summary>
    public static T RoundTrip<T>(T value, BsonSerializerRegistry? registry = null) =>
        BsonSerializer.Deserialize<T>(BsonSerializer.Serialize(value, registry), registry);

    /// <summary>Serializes <paramref name="value"/> to a document.</summary>
    public static BsonDocument ToDocument<T>(T value, BsonSerializerRegistry? registry = null) =>
        BsonSerializer.ToBsonDocument(value, registry);

    /// <summary>Reads <paramref name="document"/> as <typeparamref name="T"/>.</summary>
    public static T FromDocument<T>(BsonDocument document, BsonSerializerRegistry? registry = null) =>
        BsonSerializer.Deserialize<T>(document, registry);

    /// <summary>Asserts that reading <paramref name="document"/> as <typeparamref name="T"/> fails, and returns the exception.</summary>
    public static BsonSerializationException ReadFails<T>(BsonDocument document, BsonSerializerRegistry? registry = null) =>
        Assert.Throws<BsonSerializationException>(() => FromDocument<T>(document, registry));
}
