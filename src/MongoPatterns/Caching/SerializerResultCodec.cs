using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Caching;

/// <summary>The default result codec: the registry's serializer for <typeparamref name="T"/> (class maps, lists, scalars).</summary>
/// <typeparam name="T">The result type.</typeparam>
internal sealed class SerializerResultCodec<T> : IResultCodec<T>
{
    public void Write(BsonBinaryWriter writer, T value, BsonSerializerRegistry registry) =>
        registry.GetSerializer<T>().Serialize(writer, value);

    public T Read(ref BsonBinaryReader reader, BsonType type, BsonSerializerRegistry registry) =>
        registry.GetSerializer<T>().Deserialize(ref reader, type);
}
