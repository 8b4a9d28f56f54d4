using System.Globalization;
using System.Numerics;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores <see cref="double"/>, <see cref="float"/> and <see cref="Half"/> as Double (exact for all three), or as
/// Decimal128 or String. Reading accepts every numeric BSON type (narrowing to <see cref="float"/> rounds), and strings
/// when the representation is String.
/// </summary>
/// <typeparam name="T">The floating-point type.</typeparam>
internal sealed class FloatingPointSerializer<T> : BsonSerializerBase<T>
    where T : struct, IFloatingPointIeee754<T>
{
    private readonly BsonType _representation;

    public FloatingPointSerializer(BsonType representation)
    {
        _representation = representation;
    }

    public static bool Supports(BsonType representation) =>
        representation is BsonType.Double or BsonType.Decimal128 or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (_representation)
        {
            case BsonType.Decimal128:
                writer.WriteDecimal128(new Decimal128(double.CreateTruncating(value)));
                break;
            case BsonType.String:
                writer.WriteString(value.ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteDouble(double.CreateTruncating(value));
                break;
        }
    }

    public override T Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        switch (type)
        {
            case BsonType.Double:
                return T.CreateTruncating(reader.ReadDouble());
            case BsonType.Int32:
                return T.CreateTruncating(reader.ReadInt32());
            case BsonType.Int64:
                return T.CreateTruncating(reader.ReadInt64());
            case BsonType.Decimal128:
                return T.CreateTruncating(reader.ReadDecimal128().ToDouble());
            case BsonType.String when _representation == BsonType.String:
                var text = reader.ReadString();
                return T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : SerializationErrors.ThrowDeserialization<T>($"the string is not a {typeof(T).Name}", offset);
            default:
                return SerializationErrors.ThrowUnexpectedType<T>(type, _representation == BsonType.String ? "String or a number" : "a number", offset);
        }
    }
}
