using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Stores <c>byte[]</c> as binary subtype 0; reading accepts binary data of any subtype.</summary>
internal sealed class ByteArraySerializer : BsonSerializerBase<byte[]>
{
    public static ByteArraySerializer Instance { get; } = new();

    public override void Serialize(BsonBinaryWriter writer, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteBinaryData(value, BsonBinarySubType.Binary);
    }

    public override byte[] Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        switch (type)
        {
            case BsonType.Binary:
                return reader.ReadBinaryData(out _).ToArray();
            case BsonType.Null:
                reader.ReadNull();
                return null!;
            default:
                return SerializationErrors.ThrowUnexpectedType<byte[]>(type, "Binary", reader.Position);
        }
    }
}
