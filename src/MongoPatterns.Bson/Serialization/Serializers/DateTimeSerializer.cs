using System.Globalization;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores <see cref="DateTime"/> as a BSON datetime (the default) or an ISO 8601 String in UTC ("o" format). Local
/// times are converted to UTC and unspecified ones taken as UTC; values read back have <see cref="DateTimeKind.Utc"/>.
/// BSON datetimes keep milliseconds: finer ticks are truncated. A datetime outside years 1 to 9999 cannot be read into a
/// <see cref="DateTime"/>, except that the millisecond of <see cref="DateTime.MaxValue"/> reads back as MaxValue itself.
/// </summary>
internal sealed class DateTimeSerializer : BsonSerializerBase<DateTime>
{
    private readonly BsonType _representation;

    public DateTimeSerializer(BsonType representation)
    {
        _representation = representation;
    }

    public static bool Supports(BsonType representation) => representation is BsonType.DateTime or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, DateTime value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_representation == BsonType.String)
        {
            var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
            writer.WriteString(utc.ToString("o", CultureInfo.InvariantCulture));
            return;
        }

        writer.WriteDateTime(UnixMilliseconds.FromDateTime(value));
    }

    public override DateTime Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        switch (type)
        {
            case BsonType.DateTime:
                var milliseconds = reader.ReadDateTime();
                return UnixMilliseconds.IsInDateTimeRange(milliseconds)
                    ? UnixMilliseconds.ToDateTime(milliseconds)
                    : SerializationErrors.ThrowDeserialization<DateTime>($"the datetime {milliseconds} ms since the epoch is outside the range of DateTime", offset);
            case BsonType.String when _representation == BsonType.String:
                return DateTime.TryParse(reader.ReadString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                    ? DateTime.SpecifyKind(parsed, DateTimeKind.Utc)
                    : SerializationErrors.ThrowDeserialization<DateTime>("the string is not an ISO 8601 date and time", offset);
            default:
                return SerializationErrors.ThrowUnexpectedType<DateTime>(type, _representation == BsonType.String ? "String or DateTime" : "DateTime", offset);
        }
    }
}
