using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Serializes any <see cref="BsonValue"/> subtype as itself.</summary>
/// <typeparam name="TValue">The BSON value type.</typeparam>
public sealed class BsonValueSerializer<TValue> : IBsonSerializer<TValue>
    where TValue : BsonValue
{
    /// <inheritdoc />
    public Type ValueType => typeof(TValue);

    /// <inheritdoc />
    public void Serialize(BsonBinaryWriter writer, TValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteValue(value ?? (BsonValue)BsonNull.Value);
    }

    /// <inheritdoc />
    public TValue Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var value = reader.ReadBsonValue(type);
        return value as TValue ?? throw new BsonSerializationException($"Expected a {typeof(TValue).Name} but found {type}.");
    }

    /// <inheritdoc />
    public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (TValue)value!);

    /// <inheritdoc />
    public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);
}

/// <summary>Creates <see cref="BsonValueSerializer{TValue}"/> instances for runtime types.</summary>
internal static class BsonValueSerializer
{
    public static IBsonSerializer Create(Type type) =>
        (IBsonSerializer)Activator.CreateInstance(typeof(BsonValueSerializer<>).MakeGenericType(type))!;
}
