using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Stores <see cref="char"/> as Int32 (its UTF-16 code unit, the default) or as a one-character String.</summary>
internal sealed class CharSerializer : BsonSerializerBase<char>
{
    private readonly BsonType _representation;

    public CharSerializer(BsonType representation)
    {
        _representation = representation;
    }

    public static bool Supports(BsonType representation) => representation is BsonType.Int32 or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, char value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_representation == BsonType.String)
        {
            writer.WriteString(value.ToString());
            return;
        }

        writer.WriteInt32(value);
    }

    public override char Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        switch (type)
        {
            case BsonType.Int32:
                var code = reader.ReadInt32();
                return code is >= char.MinValue and <= char.MaxValue
                    ? (char)code
                    : SerializationErrors.ThrowDeserialization<char>($"{code} is not a UTF-16 code unit", offset);
            case BsonType.String:
                var text = reader.ReadString();
                return text.Length == 1 ? text[0] : SerializationErrors.ThrowDeserialization<char>($"a string of {text.Length} characters is not a Char", offset);
            default:
                return SerializationErrors.ThrowUnexpectedType<char>(type, "Int32 or String", offset);
        }
    }
}
