using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Stores <see cref="bool"/> as BSON Boolean.</summary>
internal sealed class BooleanSerializer : BsonSerializerBase<bool>
{
    public static BooleanSerializer Instance { get; } = new();

    public override void Serialize(BsonBinaryWriter writer, bool value) => writer.WriteBoolean(value);

    public override bool Deserialize(ref BsonBinaryReader reader, BsonType type) =>
        type == BsonType.Boolean ? reader.ReadBoolean() : SerializationErrors.ThrowUnexpectedType<bool>(type, "Boolean", reader.Position);
}
