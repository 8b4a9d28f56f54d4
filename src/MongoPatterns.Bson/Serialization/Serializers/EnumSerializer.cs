using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores an enum as Int32 (the default for underlying types up to 32 bits; <see cref="uint"/>, <see cref="long"/>
/// and <see cref="ulong"/> enums default to Int64), Int64, or String (the member name; combinations of flags as
/// <see cref="Enum.ToString()"/> writes them). Reading accepts numbers and names (case-insensitively) whatever the
/// representation. Undefined numeric values are kept, as .NET allows.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class EnumSerializer<TEnum> : BsonSerializerBase<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TypeCode s_underlying = Type.GetTypeCode(Enum.GetUnderlyingType(typeof(TEnum)));
    private static readonly FrozenDictionary<TEnum, string> s_names = CreateNames();
    private static readonly FrozenDictionary<string, TEnum> s_values = s_names.ToFrozenDictionary(static pair => pair.Value, static pair => pair.Key, StringComparer.Ordinal);
    private readonly BsonType _representation;

    public EnumSerializer(BsonType representation)
    {
        _representation = representation;
    }

    public static bool IsWide => s_underlying is TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64;

    public static bool Supports(BsonType representation) => representation is BsonType.Int32 or BsonType.Int64 or BsonType.String;

    public override void Serialize(BsonBinaryWriter writer, TEnum value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (_representation)
        {
            case BsonType.String:
                writer.WriteString(s_names.TryGetValue(value, out var name) ? name : value.ToString());
                break;
            case BsonType.Int64:
                writer.WriteInt64(ToInt64(value));
                break;
            default:
                var number = ToInt64(value);
                if (number is < int.MinValue or > int.MaxValue)
                {
                    SerializationErrors.ThrowSerialization<TEnum>($"{value} ({number}) does not fit in an Int32; store the enum as Int64 or String");
                }

                writer.WriteInt32((int)number);
                break;
        }
    }

    public override TEnum Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        var offset = reader.Position;
        switch (type)
        {
            case BsonType.Int32:
                return FromInt64(reader.ReadInt32(), offset);
            case BsonType.Int64:
                return FromInt64(reader.ReadInt64(), offset);
            case BsonType.String:
                var text = reader.ReadString();
                if (s_values.TryGetValue(text, out var value) || Enum.TryParse(text, ignoreCase: true, out value))
                {
                    return value;
                }

                return SerializationErrors.ThrowDeserialization<TEnum>($"\"{(text.Length <= 40 ? text : text[..40] + "...")}\" is not a member of {typeof(TEnum).Name}", offset);
            default:
                return SerializationErrors.ThrowUnexpectedType<TEnum>(type, "Int32, Int64 or String", offset);
        }
    }

    private static long ToInt64(TEnum value) => s_underlying switch
    {
        TypeCode.SByte => Unsafe.As<TEnum, sbyte>(ref value),
        TypeCode.Byte => Unsafe.As<TEnum, byte>(ref value),
        TypeCode.Int16 => Unsafe.As<TEnum, short>(ref value),
        TypeCode.UInt16 => Unsafe.As<TEnum, ushort>(ref value),
        TypeCode.Int32 => Unsafe.As<TEnum, int>(ref value),
        TypeCode.UInt32 => Unsafe.As<TEnum, uint>(ref value),
        TypeCode.UInt64 => unchecked((long)Unsafe.As<TEnum, ulong>(ref value)),
        _ => Unsafe.As<TEnum, long>(ref value),
    };

    private static TEnum FromInt64(long number, int offset)
    {
        var fits = s_underlying switch
        {
            TypeCode.SByte => number is >= sbyte.MinValue and <= sbyte.MaxValue,
            TypeCode.Byte => number is >= byte.MinValue and <= byte.MaxValue,
            TypeCode.Int16 => number is >= short.MinValue and <= short.MaxValue,
            TypeCode.UInt16 => number is >= ushort.MinValue and <= ushort.MaxValue,
            TypeCode.Int32 => number is >= int.MinValue and <= int.MaxValue,
            TypeCode.UInt32 => number is >= uint.MinValue and <= uint.MaxValue,
            _ => true, // Int64, and UInt64 stored as its bit pattern.
        };
        if (!fits)
        {
            return SerializationErrors.ThrowDeserialization<TEnum>($"{number} is outside the range of {typeof(TEnum).Name}", offset);
        }

        TEnum value = default;
        switch (s_underlying)
        {
            case TypeCode.SByte:
            case TypeCode.Byte:
                Unsafe.As<TEnum, byte>(ref value) = unchecked((byte)number);
                break;
            case TypeCode.Int16:
            case TypeCode.UInt16:
                Unsafe.As<TEnum, ushort>(ref value) = unchecked((ushort)number);
                break;
            case TypeCode.Int32:
            case TypeCode.UInt32:
                Unsafe.As<TEnum, uint>(ref value) = unchecked((uint)number);
                break;
            default:
                Unsafe.As<TEnum, long>(ref value) = number;
                break;
        }

        return value;
    }

    private static FrozenDictionary<TEnum, string> CreateNames()
    {
        var names = new Dictionary<TEnum, string>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            // The first name of a value wins, as Enum.ToString does for duplicate values only by chance.
            names.TryAdd(value, value.ToString());
        }

        return names.ToFrozenDictionary();
    }
}
