using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Stores <see cref="ObjectId"/> as ObjectId (the default) or as its 24 hex digits; reading accepts both.</summary>
internal sealed class ObjectIdSerializer : BsonSerializerBase<ObjectId>
{
    private readonly BsonType _representation;

    public ObjectIdSerializer(BsonType representation)
    {
        _representation = representation;
    }

    public static bool Supports(BsonType representation) => representation is BsonType.ObjectId or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, ObjectId value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_representation == BsonType.String)
        {
            writer.WriteString(value.ToString());
            return;
        }

        writer.WriteObjectId(value);
    }

    public override ObjectId Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        return type switch
        {
            BsonType.ObjectId => reader.ReadObjectId(),
            BsonType.String => ObjectId.TryParse(reader.ReadString(), out var parsed)
                ? parsed
                : SerializationErrors.ThrowDeserialization<ObjectId>("the string is not an ObjectId (24 hexadecimal digits)", offset),
            _ => SerializationErrors.ThrowUnexpectedType<ObjectId>(type, "ObjectId", offset),
        };
    }
}
