using System.Runtime.CompilerServices;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores <see cref="object"/> members by their runtime type, and reads BSON into natural .NET types.
/// </summary>
/// <remarks>
/// <para>
/// Writing uses the registry's serializer for the value's runtime type (a POCO through its class map; no type
/// discriminator is written, so it reads back as a dictionary).
/// </para>
/// <para>
/// Reading maps Double to <see cref="double"/>, String to <see cref="string"/>, Document to
/// <see cref="Dictionary{TKey, TValue}"/> of string to object (a repeated name keeps its last value), Array to
/// <see cref="List{T}"/> of object, ObjectId to <see cref="ObjectId"/>, Boolean to <see cref="bool"/>, Int32 to
/// <see cref="int"/>, Int64 to <see cref="long"/>, null to <see langword="null"/>, a datetime to a UTC
/// <see cref="DateTime"/> (or <see cref="BsonDateTime"/> outside its range), Decimal128 to <see cref="decimal"/> when the
/// conversion is exact (and decimals are stored as Decimal128) or else <see cref="Decimal128"/>, binary subtype 0 to
/// <c>byte[]</c>, the UUID subtype of the configured <see cref="GuidRepresentation"/> to <see cref="Guid"/>, and
/// everything else (other binary subtypes, regular expressions, timestamps, JavaScript, symbols, MinKey, MaxKey,
/// undefined, DBPointer) to its <see cref="BsonValue"/>. Writing any of these back produces the same BSON.
/// </para>
/// </remarks>
internal sealed class ObjectSerializer : BsonSerializerBase<object>
{
    private readonly BsonSerializerRegistry _registry;
    private readonly bool _decimalAsDecimal128;
    private readonly GuidRepresentation _guidRepresentation;

    public ObjectSerializer(BsonSerializerRegistry registry)
    {
        _registry = registry;
        _decimalAsDecimal128 = registry.Conventions.DecimalRepresentation == BsonType.Decimal128;
        _guidRepresentation = registry.Conventions.GuidRepresentation;
    }

    public override void Serialize(BsonBinaryWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        var type = value.GetType();
        if (type == typeof(object))
        {
            writer.WriteStartDocument();
            writer.WriteEndDocument();
            return;
        }

        _registry.GetSerializer(type).SerializeObject(writer, value);
    }

    public override object Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        switch (type)
        {
            case BsonType.Double:
                return reader.ReadDouble();
            case BsonType.String:
                return reader.ReadString();
            case BsonType.Document:
                return ReadDocument(ref reader);
            case BsonType.Array:
                return ReadArray(ref reader);
            case BsonType.ObjectId:
                return reader.ReadObjectId();
            case BsonType.Boolean:
                return reader.ReadBoolean();
            case BsonType.Int32:
                return reader.ReadInt32();
            case BsonType.Int64:
                return reader.ReadInt64();
            case BsonType.Null:
                reader.ReadNull();
                return null!;
            case BsonType.DateTime:
                var milliseconds = reader.ReadDateTime();
                return UnixMilliseconds.IsInDateTimeRange(milliseconds) ? UnixMilliseconds.ToDateTime(milliseconds) : (object)new BsonDateTime(milliseconds);
            case BsonType.Decimal128:
                return ReadDecimal(reader.ReadDecimal128());
            case BsonType.Binary:
                return ReadBinary(ref reader);
            default:
                return reader.ReadBsonValue(type);
        }
    }

    private static void EnsureStack(ref BsonBinaryReader reader)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            SerializationErrors.ThrowDeserialization<object>("documents are nested too deeply for the available stack", reader.Position);
        }
    }

    private Dictionary<string, object?> ReadDocument(ref BsonBinaryReader reader)
    {
        EnsureStack(ref reader);
        reader.ReadStartDocument();
        var document = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.TryReadNextElement(out var type))
        {
            var name = reader.ReadName();
            document[name] = Deserialize(ref reader, type);
        }

        reader.ReadEndDocument();
        return document;
    }

    private List<object?> ReadArray(ref BsonBinaryReader reader)
    {
        EnsureStack(ref reader);
        reader.ReadStartArray();
        var list = new List<object?>();
        while (reader.TryReadNextElement(out var type))
        {
            reader.SkipName();
            list.Add(Deserialize(ref reader, type));
        }

        reader.ReadEndArray();
        return list;
    }

    private object ReadDecimal(Decimal128 value)
    {
        if (!_decimalAsDecimal128 || !value.IsFinite)
        {
            return value;
        }

        try
        {
            var number = value.ToDecimal();
            return new Decimal128(number).Equals(value) ? number : (object)value;
        }
        catch (OverflowException)
        {
            return value;
        }
    }

    private object ReadBinary(ref BsonBinaryReader reader)
    {
        var bytes = reader.ReadBinaryData(out var subType);
        if (subType == BsonBinarySubType.Binary)
        {
            return bytes.ToArray();
        }

        var guidSubType = _guidRepresentation == GuidRepresentation.Standard ? BsonBinarySubType.UuidStandard : BsonBinarySubType.UuidLegacy;
        if (subType == guidSubType && bytes.Length == 16)
        {
            return BsonBinaryData.TakeOwnership(bytes.ToArray(), subType).ToGuid(_guidRepresentation);
        }

        return BsonBinaryData.TakeOwnership(bytes.ToArray(), subType);
    }
}
