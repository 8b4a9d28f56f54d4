using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Stores <see cref="Uri"/> as its original String; absolute and relative URIs both read back.</summary>
internal sealed class UriSerializer : BsonSerializerBase<Uri>
{
    public static UriSerializer Instance { get; } = new();

    public override void Serialize(BsonBinaryWriter writer, Uri value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteString(value.OriginalString);
    }

    public override Uri Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        switch (type)
        {
            case BsonType.String:
                return Uri.TryCreate(reader.ReadString(), UriKind.RelativeOrAbsolute, out var uri)
                    ? uri
                    : SerializationErrors.ThrowDeserialization<Uri>("the string is not a URI", offset);
            case BsonType.Null:
                reader.ReadNull();
                return null!;
            default:
                return SerializationErrors.ThrowUnexpectedType<Uri>(type, "String", offset);
        }
    }
}
