using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization;

/// <summary>Convenience entry points that serialize through <see cref="BsonSerializerRegistry.Default"/> (or a given registry).</summary>
public static class BsonSerializer
{
    /// <summary>Serializes a document-shaped value to BSON bytes.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="registry">The registry; <see cref="BsonSerializerRegistry.Default"/> when null.</param>
    /// <returns>The encoded document.</returns>
    /// <exception cref="BsonSerializationException">The value cannot be serialized, or is not written as a document.</exception>
    public static byte[] Serialize<T>(T value, BsonSerializerRegistry? registry = null)
    {
        var serializer = (registry ?? BsonSerializerRegistry.Default).GetSerializer<T>();
        using var writer = new BsonBinaryWriter();
        try
        {
            serializer.Serialize(writer, value);
        }
        catch (InvalidOperationException exception) when (writer.Buffer.WrittenCount == 0)
        {
            throw new BsonSerializationException($"A {TypeNames.Format(typeof(T))} is not written as a document, so it cannot be serialized on its own; wrap it in a class.", exception);
        }

        return writer.Buffer.WrittenSpan.ToArray();
    }

    /// <summary>Deserializes a BSON document into <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The target type.</typeparam>
    /// <param name="bson">The encoded document: exactly one, with nothing after it.</param>
    /// <param name="registry">The registry; <see cref="BsonSerializerRegistry.Default"/> when null.</param>
    /// <returns>The value.</returns>
    public static T Deserialize<T>(ReadOnlySpan<byte> bson, BsonSerializerRegistry? registry = null)
    {
        var reader = new BsonBinaryReader(bson);
        var value = (registry ?? BsonSerializerRegistry.Default).GetSerializer<T>().Deserialize(ref reader, BsonType.Document);
        reader.VerifyAtEnd();
        return value;
    }

    /// <summary>Converts a document-shaped value to a <see cref="BsonDocument"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="registry">The registry; <see cref="BsonSerializerRegistry.Default"/> when null.</param>
    /// <returns>The document.</returns>
    public static BsonDocument ToBsonDocument<T>(T value, BsonSerializerRegistry? registry = null) =>
        value is BsonDocument document ? document : BsonDocument.FromBson(Serialize(value, registry));

    /// <summary>Converts a <see cref="BsonDocument"/> to <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The target type.</typeparam>
    /// <param name="document">The document.</param>
    /// <param name="registry">The registry; <see cref="BsonSerializerRegistry.Default"/> when null.</param>
    /// <returns>The value.</returns>
    public static T Deserialize<T>(BsonDocument document, BsonSerializerRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Deserialize<T>(document.ToBson(), registry);
    }

    /// <summary>Renders a single value with a serializer, as it would be stored inside a document.</summary>
    /// <param name="serializer">The serializer.</param>
    /// <param name="value">The value.</param>
    /// <returns>The BSON value.</returns>
    public static BsonValue SerializeValue(IBsonSerializer serializer, object? value)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        using var writer = new BsonBinaryWriter();
        writer.WriteStartDocument();
        writer.WriteName("v");
        serializer.SerializeObject(writer, value);
        writer.WriteEndDocument();
        return BsonDocument.FromBson(writer.Buffer.WrittenSpan)["v"];
    }
}
