using MongoPatterns.Bson.Serialization;

// Deliberately in the root namespace (not the folder's): the extension should be at hand wherever BSON values are used.
namespace MongoPatterns.Bson;

/// <summary>Converts any mapped value to a <see cref="BsonDocument"/>.</summary>
public static class BsonObjectExtensions
{
    /// <summary>Serializes <paramref name="value"/> and decodes the result as a <see cref="BsonDocument"/> (a document is returned as is).</summary>
    /// <typeparam name="T">The value type (a class map, a dictionary, ...).</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="registry">The registry; <see cref="BsonSerializerRegistry.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="BsonSerializationException">The value cannot be serialized as a document.</exception>
    public static BsonDocument ToBsonDocument<T>(this T value, BsonSerializerRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return BsonSerializer.ToBsonDocument(value, registry);
    }
}
