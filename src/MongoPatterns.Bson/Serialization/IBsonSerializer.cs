using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization;

/// <summary>Serializes values of one .NET type to and from BSON without knowing the type statically.</summary>
public interface IBsonSerializer
{
    /// <summary>Gets the .NET type this serializer handles.</summary>
    Type ValueType { get; }

    /// <summary>Writes <paramref name="value"/> as one BSON value (the caller has written the element name, if any).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value, which must be of <see cref="ValueType"/> or <see langword="null"/>.</param>
    void SerializeObject(BsonBinaryWriter writer, object? value);

    /// <summary>Reads one BSON value of type <paramref name="type"/> at the reader's position.</summary>
    /// <param name="reader">The reader, positioned at the value (after its element name).</param>
    /// <param name="type">The BSON type of the value.</param>
    /// <returns>The value.</returns>
    object? DeserializeObject(ref BsonBinaryReader reader, BsonType type);
}
