using System.Globalization;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores <see cref="decimal"/> as Decimal128 (exact, the default), Double (lossy) or String. Reading accepts every
/// numeric BSON type within the range of <see cref="decimal"/>, and strings when the representation is String.
/// </summary>
internal sealed class DecimalSerializer : BsonSerializerBase<decimal>
{
    private readonly BsonType _representation;

    public DecimalSerializer(BsonType representation)
    {
        _representation = representation;
    }

    public static bool Supports(BsonType representation) =>
        representation is BsonType.Decimal128 or BsonType.Double or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, decimal value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (_representation)
        {
            case BsonType.Double:
                writer.WriteDouble((double)value);
                break;
            case BsonType.String:
                writer.WriteString(value.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteDecimal128(new Decimal128(value));
                break;
        }
    }

    public override decimal Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        switch (type)
        {
            case BsonType.Decimal128:
                var decimal128 = reader.ReadDecimal128();
                try
                {
                    return decimal128.ToDecimal();
                }
                catch (OverflowException)
                {
                    return SerializationErrors.ThrowDeserialization<decimal>($"{decimal128} is outside the range of Decimal", offset);
                }

            case BsonType.Double:
                var number = reader.ReadDouble();
                try
                {
                    return (decimal)number;
                }
                catch (OverflowException)
                {
                    return SerializationErrors.ThrowDeserialization<decimal>(
                        $"{number.ToString("R", CultureInfo.InvariantCulture)} is outside the range of Decimal", offset);
                }

            case BsonType.Int32:
                return reader.ReadInt32();
            case BsonType.Int64:
                return reader.ReadInt64();
            case BsonType.String when _representation == BsonType.String:
                return decimal.TryParse(reader.ReadString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : SerializationErrors.ThrowDeserialization<decimal>("the string is not a Decimal", offset);
            default:
                return SerializationErrors.ThrowUnexpectedType<decimal>(type, _representation == BsonType.String ? "String or a number" : "a number", offset);
        }
    }
}
