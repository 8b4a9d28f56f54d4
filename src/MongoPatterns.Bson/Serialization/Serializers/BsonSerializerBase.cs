using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>The shared plumbing of the built-in serializers: the untyped members forward to the typed ones.</summary>
/// <typeparam name="T">The .NET type.</typeparam>
internal abstract class BsonSerializerBase<T> : IBsonSerializer<T>
{
    /// <inheritdoc />
    public Type ValueType => typeof(T);

    /// <inheritdoc />
    public abstract void Serialize(BsonBinaryWriter writer, T value);

    /// <inheritdoc />
    public abstract T Deserialize(ref BsonBinaryReader reader, BsonType type);

    /// <inheritdoc />
    public void SerializeObject(BsonBinaryWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        Serialize(writer, (T)value);
    }

    /// <inheritdoc />
    public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);
}
