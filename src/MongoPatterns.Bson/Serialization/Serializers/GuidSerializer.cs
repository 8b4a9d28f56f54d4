using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores <see cref="Guid"/> as binary (subtype 4 in RFC 4122 order by default, or subtype 3 in a legacy driver's byte
/// order) or as a String ("D" format). Reading accepts the binary subtype that matches the configured
/// <see cref="GuidRepresentation"/>, and strings.
/// </summary>
internal sealed class GuidSerializer : BsonSerializerBase<Guid>
{
    private const int GuidLength = 16;
    private readonly BsonType _representation;
    private readonly GuidRepresentation _guidRepresentation;

    public GuidSerializer(BsonType representation, GuidRepresentation guidRepresentation)
    {
        _representation = representation;
        _guidRepresentation = guidRepresentation;
    }

    public static bool Supports(BsonType representation) => representation is BsonType.Binary or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, Guid value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_representation == BsonType.String)
        {
            writer.WriteString(value.ToString("D"));
            return;
        }

        Span<byte> bytes = stackalloc byte[GuidLength];
        switch (_guidRepresentation)
        {
            case GuidRepresentation.CSharpLegacy:
                value.TryWriteBytes(bytes);
                break;
            case GuidRepresentation.JavaLegacy:
                value.TryWriteBytes(bytes, bigEndian: true, out _);
                bytes[..8].Reverse();
                bytes[8..].Reverse();
                break;
            default:
                value.TryWriteBytes(bytes, bigEndian: true, out _);
                break;
        }

        writer.WriteBinaryData(bytes, _guidRepresentation == GuidRepresentation.Standard ? BsonBinarySubType.UuidStandard : BsonBinarySubType.UuidLegacy);
    }

    public override Guid Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        switch (type)
        {
            case BsonType.Binary:
                var bytes = reader.ReadBinaryData(out var subType);
                return ReadBinary(bytes, subType, offset);
            case BsonType.String:
                return Guid.TryParse(reader.ReadString(), out var parsed)
                    ? parsed
                    : SerializationErrors.ThrowDeserialization<Guid>("the string is not a Guid", offset);
            default:
                return SerializationErrors.ThrowUnexpectedType<Guid>(type, "Binary (UUID) or String", offset);
        }
    }

    private Guid ReadBinary(ReadOnlySpan<byte> bytes, BsonBinarySubType subType, int offset)
    {
        var expected = _guidRepresentation == GuidRepresentation.Standard ? BsonBinarySubType.UuidStandard : BsonBinarySubType.UuidLegacy;
        if (subType != expected || bytes.Length != GuidLength)
        {
            return SerializationErrors.ThrowDeserialization<Guid>(
                subType is BsonBinarySubType.UuidStandard or BsonBinarySubType.UuidLegacy && bytes.Length == GuidLength
                    ? $"binary subtype {(byte)subType} does not match the configured GuidRepresentation {_guidRepresentation} (subtype {(byte)expected})"
                    : $"binary subtype {(byte)subType} of {bytes.Length} bytes is not a UUID",
                offset);
        }

        switch (_guidRepresentation)
        {
            case GuidRepresentation.CSharpLegacy:
                return new Guid(bytes);
            case GuidRepresentation.JavaLegacy:
                Span<byte> swapped = stackalloc byte[GuidLength];
                bytes.CopyTo(swapped);
                swapped[..8].Reverse();
                swapped[8..].Reverse();
                return new Guid(swapped, bigEndian: true);
            default:
                return new Guid(bytes, bigEndian: true);
        }
    }
}
