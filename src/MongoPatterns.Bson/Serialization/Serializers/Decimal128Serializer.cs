using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Stores <see cref="Decimal128"/> as Decimal128 or String; reading also accepts Int32, Int64 and Double.</summary>
internal sealed class Decimal128Serializer : BsonSerializerBase<Decimal128>
{
    private readonly BsonType _representation;

    public Decimal128Serializer(BsonType representation)
    {
        _representation = representation;
    }

    public static bool Supports(BsonType representation) => representation is BsonType.Decimal128 or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, Decimal128 value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_representation == BsonType.String)
        {
            writer.WriteString(value.ToString());
            return;
        }

        writer.WriteDecimal128(value);
    }

    public override Decimal128 Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        return type switch
        {
            BsonType.Decimal128 => reader.ReadDecimal128(),
            BsonType.Int32 => new Decimal128(reader.ReadInt32()),
            BsonType.Int64 => new Decimal128(reader.ReadInt64()),
            BsonType.Double => new Decimal128(reader.ReadDouble()),
            BsonType.String when _representation == BsonType.String => Decimal128.TryParse(reader.ReadString(), out var parsed)
                ? parsed
                : SerializationErrors.ThrowDeserialization<Decimal128>("the string is not a Decimal128", offset),
            _ => SerializationErrors.ThrowUnexpectedType<Decimal128>(type, _representation == BsonType.String ? "String or a number" : "a number", offset),
        };
    }
}
