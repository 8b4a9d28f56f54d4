using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization;

/// <summary>Serializes values of <typeparamref name="T"/> to and from BSON.</summary>
/// <typeparam name="T">The .NET type.</typeparam>
public interface IBsonSerializer<T> : IBsonSerializer
{
    /// <summary>Writes <paramref name="value"/> as one BSON value (the caller has written the element name, if any).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    void Serialize(BsonBinaryWriter writer, T value);

    /// <summary>Reads one BSON value of type <paramref name="type"/> at the reader's position.</summary>
    /// <param name="reader">The reader, positioned at the value (after its element name, or at the start of a top-level document).</param>
    /// <param name="type">The BSON type of the value (<see cref="BsonType.Document"/> for a top-level document).</param>
    /// <returns>The value.</returns>
    T Deserialize(ref BsonBinaryReader reader, BsonType type);
}
