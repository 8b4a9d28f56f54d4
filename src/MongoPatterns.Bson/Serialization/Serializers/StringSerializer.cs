using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores <see cref="string"/> as String, as ObjectId, or as ObjectId when it holds one (see
/// <see cref="StringRepresentation"/>). Reading accepts String, Symbol and ObjectId (as its 24 hex digits) whatever the
/// representation.
/// </summary>
internal sealed class StringSerializer : BsonSerializerBase<string>
{
    private readonly StringRepresentation _representation;

    public StringSerializer(StringRepresentation representation)
    {
        _representation = representation;
    }

    public static StringSerializer Instance { get; } = new(StringRepresentation.String);

    public static StringSerializer ObjectIdInstance { get; } = new(StringRepresentation.ObjectId);

    public static StringSerializer ObjectIdWhenValidInstance { get; } = new(StringRepresentation.ObjectIdWhenValid);

    public StringRepresentation Representation => _representation;

    public override void Serialize(BsonBinaryWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        switch (_representation)
        {
            case StringRepresentation.ObjectId:
                if (!ObjectId.TryParse(value, out var id))
                {
                    SerializationErrors.ThrowSerialization<string>($"\"{value}\" is not an ObjectId (24 hexadecimal digits)");
                }

                writer.WriteObjectId(id);
                break;
            case StringRepresentation.ObjectIdWhenValid when IsCanonicalObjectId(value):
                writer.WriteObjectId(ObjectId.Parse(value));
                break;
            default:
                writer.WriteString(value);
                break;
        }
    }

    public override string Deserialize(ref BsonBinaryReader reader, BsonType type) => type switch
    {
        BsonType.String => reader.ReadString(),
        BsonType.ObjectId => reader.ReadObjectId().ToString(),
        BsonType.Symbol => reader.ReadSymbol(),
        BsonType.Null => ReadNull(ref reader),
        _ => SerializationErrors.ThrowUnexpectedType<string>(
            type, _representation == StringRepresentation.String ? "String" : "ObjectId or String", reader.Position),
    };

    /// <summary>Whether <paramref name="value"/> is what <see cref="ObjectId.ToString()"/> produces: 24 lowercase hex digits.</summary>
    public static bool IsCanonicalObjectId(string value)
    {
        if (value.Length != 24)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string ReadNull(ref BsonBinaryReader reader)
    {
        reader.ReadNull();
        return null!;
    }
}
