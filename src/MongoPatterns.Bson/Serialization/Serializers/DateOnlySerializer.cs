using System.Globalization;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores <see cref="DateOnly"/> as a BSON datetime at midnight UTC of that day (the default) or as a
/// <c>yyyy-MM-dd</c> String. A datetime that is not at midnight UTC is rejected rather than silently truncated.
/// </summary>
internal sealed class DateOnlySerializer : BsonSerializerBase<DateOnly>
{
    private const long MillisecondsPerDay = 86_400_000;
    private const string Format = "yyyy-MM-dd";
    private static readonly int s_epochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
    private readonly BsonType _representation;

    public DateOnlySerializer(BsonType representation)
    {
        _representation = representation;
    }

    public static bool Supports(BsonType representation) => representation is BsonType.DateTime or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_representation == BsonType.String)
        {
            writer.WriteString(value.ToString(Format, CultureInfo.InvariantCulture));
            return;
        }

        writer.WriteDateTime((value.DayNumber - (long)s_epochDayNumber) * MillisecondsPerDay);
    }

    public override DateOnly Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        switch (type)
        {
            case BsonType.DateTime:
                var milliseconds = reader.ReadDateTime();
                var days = Math.DivRem(milliseconds, MillisecondsPerDay, out var remainder);
                if (remainder != 0)
                {
                    return SerializationErrors.ThrowDeserialization<DateOnly>($"the datetime {milliseconds} ms since the epoch is not at midnight UTC", offset);
                }

                var dayNumber = days + s_epochDayNumber;
                return dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
                    ? DateOnly.FromDayNumber((int)dayNumber)
                    : SerializationErrors.ThrowDeserialization<DateOnly>($"the datetime {milliseconds} ms since the epoch is outside the range of DateOnly", offset);
            case BsonType.String:
                return DateOnly.TryParseExact(reader.ReadString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed
                    : SerializationErrors.ThrowDeserialization<DateOnly>("the string is not a yyyy-MM-dd date", offset);
            default:
                return SerializationErrors.ThrowUnexpectedType<DateOnly>(type, "DateTime or String", offset);
        }
    }
}
