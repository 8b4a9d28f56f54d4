using System.Diagnostics.CodeAnalysis;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores <see cref="Nullable{T}"/>: <see langword="null"/> as BSON null, a value through the serializer of
/// <typeparamref name="T"/>. Member and item information of <typeparamref name="T"/> is forwarded.
/// </summary>
/// <typeparam name="T">The underlying value type.</typeparam>
internal sealed class NullableSerializer<T> : BsonSerializerBase<T?>, IBsonDocumentSerializer, IBsonArraySerializer
    where T : struct
{
    public NullableSerializer(IBsonSerializer<T> valueSerializer)
    {
        ValueSerializer = valueSerializer;
    }

    public IBsonSerializer<T> ValueSerializer { get; }

    public override void Serialize(BsonBinaryWriter writer, T? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } present)
        {
            ValueSerializer.Serialize(writer, present);
            return;
        }

        writer.WriteNull();
    }

    public override T? Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        if (type == BsonType.Null)
        {
            reader.ReadNull();
            return null;
        }

        return ValueSerializer.Deserialize(ref reader, type);
    }

    public bool TryGetMemberSerializationInfo(string memberName, [NotNullWhen(true)] out BsonSerializationInfo? info)
    {
        if (ValueSerializer is IBsonDocumentSerializer document)
        {
            return document.TryGetMemberSerializationInfo(memberName, out info);
        }

        info = null;
        return false;
    }

    public bool TryGetItemSerializationInfo([NotNullWhen(true)] out BsonSerializationInfo? info)
    {
        if (ValueSerializer is IBsonArraySerializer array)
        {
            return array.TryGetItemSerializationInfo(out info);
        }

        info = null;
        return false;
    }
}
