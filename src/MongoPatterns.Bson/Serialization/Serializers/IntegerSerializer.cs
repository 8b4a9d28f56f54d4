using System.Globalization;
using System.Numerics;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores an integer type as Int32 (types up to 32 signed bits), Int64 (<see cref="uint"/>, <see cref="long"/>,
/// <see cref="ulong"/>), or a chosen representation (Int32, Int64, Double, Decimal128, String). Reading accepts any
/// numeric BSON type whose value is a whole number in range, and strings when the representation is String.
/// </summary>
/// <typeparam name="T">The integer type.</typeparam>
internal sealed class IntegerSerializer<T> : BsonSerializerBase<T>
    where T : struct, IBinaryInteger<T>
{
    // 2^63 and 2^64 as doubles: the exclusive upper bounds of long and ulong.
    private const double TwoPow63 = 9223372036854775808.0;
    private const double TwoPow64 = 18446744073709551616.0;

    private readonly BsonType _representation;

    public IntegerSerializer(BsonType representation)
    {
        _representation = representation;
    }

    public static BsonType DefaultRepresentation =>
        typeof(T) == typeof(long) || typeof(T) == typeof(ulong) || typeof(T) == typeof(uint) ? BsonType.Int64 : BsonType.Int32;

    public static bool Supports(BsonType representation) =>
        representation is BsonType.Int32 or BsonType.Int64 or BsonType.Double or BsonType.Decimal128 or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (_representation)
        {
            case BsonType.Int32:
                var int32 = int.CreateTruncating(value);
                if (T.CreateTruncating(int32) != value || (int32 < 0) != T.IsNegative(value))
                {
                    SerializationErrors.ThrowSerialization<T>($"{value} does not fit in an Int32");
                }

                writer.WriteInt32(int32);
                break;
            case BsonType.Int64:
                writer.WriteInt64(ToInt64(value));
                break;
            case BsonType.Double:
                writer.WriteDouble(double.CreateTruncating(value));
                break;
            case BsonType.Decimal128:
                writer.WriteDecimal128(new Decimal128(decimal.CreateTruncating(value)));
                break;
            default:
                writer.WriteString(value.ToString(null, CultureInfo.InvariantCulture));
                break;
        }
    }

    public override T Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        switch (type)
        {
            case BsonType.Int32:
                return FromInt64(reader.ReadInt32(), offset);
            case BsonType.Int64:
                return FromInt64(reader.ReadInt64(), offset);
            case BsonType.Double:
                return FromDouble(reader.ReadDouble(), offset);
            case BsonType.Decimal128:
                return FromDecimal128(reader.ReadDecimal128(), offset);
            case BsonType.String when _representation == BsonType.String:
                var text = reader.ReadString();
                return T.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : SerializationErrors.ThrowDeserialization<T>($"the string \"{Truncate(text)}\" is not a {typeof(T).Name}", offset);
            default:
                return SerializationErrors.ThrowUnexpectedType<T>(type, _representation == BsonType.String ? "String or a number" : "a number", offset);
        }
    }

    private static long ToInt64(T value)
    {
        var int64 = long.CreateTruncating(value);
        if (T.CreateTruncating(int64) != value || (int64 < 0) != T.IsNegative(value))
        {
            SerializationErrors.ThrowSerialization<T>($"{value} does not fit in an Int64; store it as Decimal128 or String with [BsonRepresentation]");
        }

        return int64;
    }

    private static T FromInt64(long value, int offset)
    {
        var result = T.CreateTruncating(value);
        if (long.CreateTruncating(result) != value || (value < 0) != T.IsNegative(result))
        {
            SerializationErrors.ThrowDeserialization<T>($"{value} is outside the range of {typeof(T).Name}", offset);
        }

        return result;
    }

    private static T FromUInt64(ulong value, int offset)
    {
        var result = T.CreateTruncating(value);
        if (ulong.CreateTruncating(result) != value || T.IsNegative(result))
        {
            SerializationErrors.ThrowDeserialization<T>($"{value} is outside the range of {typeof(T).Name}", offset);
        }

        return result;
    }

    private static T FromDouble(double value, int offset)
    {
        if (!double.IsInteger(value))
        {
            return SerializationErrors.ThrowDeserialization<T>(
                $"{value.ToString("R", CultureInfo.InvariantCulture)} is not a whole number", offset);
        }

        if (value >= -TwoPow63 && value < TwoPow63)
        {
            return FromInt64((long)value, offset);
        }

        if (value >= 0 && value < TwoPow64)
        {
            return FromUInt64((ulong)value, offset);
        }

        return SerializationErrors.ThrowDeserialization<T>(
            $"{value.ToString("R", CultureInfo.InvariantCulture)} is outside the range of {typeof(T).Name}", offset);
    }

    private static T FromDecimal128(Decimal128 value, int offset)
    {
        decimal number;
        try
        {
            number = value.ToDecimal();
        }
        catch (OverflowException)
        {
            return SerializationErrors.ThrowDeserialization<T>($"{value} is outside the range of {typeof(T).Name}", offset);
        }

        if (!decimal.IsInteger(number))
        {
            return SerializationErrors.ThrowDeserialization<T>($"{value} is not a whole number", offset);
        }

        if (number >= long.MinValue && number <= long.MaxValue)
        {
            return FromInt64((long)number, offset);
        }

        if (number >= 0 && number <= ulong.MaxValue)
        {
            return FromUInt64((ulong)number, offset);
        }

        return SerializationErrors.ThrowDeserialization<T>($"{value} is outside the range of {typeof(T).Name}", offset);
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
