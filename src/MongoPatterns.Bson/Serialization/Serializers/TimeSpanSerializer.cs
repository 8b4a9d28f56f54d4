using System.Globalization;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Stores <see cref="TimeSpan"/> as Int64 ticks (the default: exact and sortable) or as a constant-format ("c") String.</summary>
internal sealed class TimeSpanSerializer : BsonSerializerBase<TimeSpan>
{
    private readonly BsonType _representation;

    public TimeSpanSerializer(BsonType representation)
    {
        _representation = representation;
    }

    public static bool Supports(BsonType representation) => representation is BsonType.Int64 or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, TimeSpan value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_representation == BsonType.String)
        {
            writer.WriteString(value.ToString("c", CultureInfo.InvariantCulture));
            return;
        }

        writer.WriteInt64(value.Ticks);
    }

    public override TimeSpan Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        return type switch
        {
            BsonType.Int64 => new TimeSpan(reader.ReadInt64()),
            BsonType.Int32 => new TimeSpan(reader.ReadInt32()),
            BsonType.String => TimeSpan.TryParse(reader.ReadString(), CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : SerializationErrors.ThrowDeserialization<TimeSpan>("the string is not a TimeSpan", offset),
            _ => SerializationErrors.ThrowUnexpectedType<TimeSpan>(type, "Int64 (ticks) or String", offset),
        };
    }
}
