using System.Globalization;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores <see cref="DateTimeOffset"/> as a BSON datetime of its UTC instant (the default: sortable and queryable, but
/// the offset is not kept and values read back with offset zero, at millisecond precision), or as an ISO 8601 String
/// ("o" format) that keeps the offset and every tick.
/// </summary>
internal sealed class DateTimeOffsetSerializer : BsonSerializerBase<DateTimeOffset>
{
    private readonly BsonType _representation;

    public DateTimeOffsetSerializer(BsonType representation)
    {
        _representation = representation;
    }

    public static bool Supports(BsonType representation) => representation is BsonType.DateTime or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_representation == BsonType.String)
        {
            writer.WriteString(value.ToString("o", CultureInfo.InvariantCulture));
            return;
        }

        writer.WriteDateTime(UnixMilliseconds.FromUtcTicks(value.UtcTicks));
    }

    public override DateTimeOffset Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        switch (type)
        {
            case BsonType.DateTime:
                var milliseconds = reader.ReadDateTime();
                return UnixMilliseconds.IsInDateTimeRange(milliseconds)
                    ? new DateTimeOffset(UnixMilliseconds.ToDateTime(milliseconds))
                    : SerializationErrors.ThrowDeserialization<DateTimeOffset>($"the datetime {milliseconds} ms since the epoch is outside the range of DateTimeOffset", offset);
            case BsonType.String:
                return DateTimeOffset.TryParse(reader.ReadString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed
                    : SerializationErrors.ThrowDeserialization<DateTimeOffset>("the string is not an ISO 8601 date and time", offset);
            default:
                return SerializationErrors.ThrowUnexpectedType<DateTimeOffset>(type, "DateTime or String", offset);
        }
    }
}
