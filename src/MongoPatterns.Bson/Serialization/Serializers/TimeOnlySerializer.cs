using System.Globalization;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores <see cref="TimeOnly"/> as Int64 ticks since midnight (the default: exact, sortable, range-queryable) or as
/// an <c>HH:mm:ss.fffffff</c> String.
/// </summary>
internal sealed class TimeOnlySerializer : BsonSerializerBase<TimeOnly>
{
    private readonly BsonType _representation;

    public TimeOnlySerializer(BsonType representation)
    {
        _representation = representation;
    }

    public static bool Supports(BsonType representation) => representation is BsonType.Int64 or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, TimeOnly value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_representation == BsonType.String)
        {
            writer.WriteString(value.ToString("o", CultureInfo.InvariantCulture));
            return;
        }

        writer.WriteInt64(value.Ticks);
    }

    public override TimeOnly Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        switch (type)
        {
            case BsonType.Int64:
            case BsonType.Int32:
                var ticks = type == BsonType.Int64 ? reader.ReadInt64() : reader.ReadInt32();
                return ticks >= 0 && ticks <= TimeOnly.MaxValue.Ticks
                    ? new TimeOnly(ticks)
                    : SerializationErrors.ThrowDeserialization<TimeOnly>($"{ticks} ticks is outside the range of TimeOnly", offset);
            case BsonType.String:
                return TimeOnly.TryParse(reader.ReadString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed
                    : SerializationErrors.ThrowDeserialization<TimeOnly>("the string is not a time of day", offset);
            default:
                return SerializationErrors.ThrowUnexpectedType<TimeOnly>(type, "Int64 (ticks) or String", offset);
        }
    }
}
