using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Definitions;

/// <summary>
/// Serializes plain values (numbers, strings, booleans, dates, ids, GUIDs, byte arrays, collections of them) the way
/// <see cref="BsonValue.Create(object)"/> maps them, for registries without a serializer for the type.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class FallbackSerializer<T> : IBsonSerializer<T>
{
    /// <summary>Gets whether the type is plain enough for this serializer.</summary>
    public static bool CanHandle { get; } = IsPlain(typeof(T));

    /// <inheritdoc />
    public Type ValueType => typeof(T);

    /// <inheritdoc />
    public void Serialize(BsonBinaryWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteValue(BsonValue.Create(value));
    }

    /// <inheritdoc />
    public T Deserialize(ref BsonBinaryReader reader, BsonType type) => BsonValueConversion.To<T>(reader.ReadBsonValue(type));

    /// <inheritdoc />
    public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (T)value!);

    /// <inheritdoc />
    public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);

    private static bool IsPlain(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(Guid) || type == typeof(ObjectId) || type == typeof(Decimal128) || type == typeof(byte[]) || type == typeof(object)
            || (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type));
    }
}
