using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Caching;

/// <summary>Writes and reads one query result of <typeparamref name="T"/> as a BSON value.</summary>
/// <typeparam name="T">The result type.</typeparam>
internal interface IResultCodec<T>
{
    void Write(BsonBinaryWriter writer, T value, BsonSerializerRegistry registry);

    T Read(ref BsonBinaryReader reader, BsonType type, BsonSerializerRegistry registry);
}
