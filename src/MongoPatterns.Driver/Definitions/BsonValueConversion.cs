using System.Globalization;
using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Definitions;

/// <summary>Converts decoded BSON values to plain .NET types (used by the fallback serializer).</summary>
internal static class BsonValueConversion
{
    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>.</summary>
    /// <exception cref="FormatException">The value cannot become a <typeparamref name="T"/>.</exception>
    public static T To<T>(BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is T same)
        {
            return same;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value.IsBsonNull)
        {
            return default(T) is null ? default! : throw new FormatException($"Cannot convert BSON null to {typeof(T)}.");
        }

        object? converted = target switch
        {
            _ when target == typeof(object) => Unwrap(value),
            _ when target == typeof(int) => value.ToInt32(),
            _ when target == typeof(long) => value.ToInt64(),
            _ when target == typeof(double) => value.ToDouble(),
            _ when target == typeof(decimal) => decimal.Parse(value.ToDecimal128().ToString(), CultureInfo.InvariantCulture),
            _ when target == typeof(bool) => value.ToBoolean(),
            _ when target == typeof(string) => value.IsString ? value.AsString : value.ToString(),
            _ when target == typeof(ObjectId) => value.AsObjectId,
            _ when target == typeof(Decimal128) => value.ToDecimal128(),
            _ when target == typeof(Guid) => value.AsGuid,
            _ when target == typeof(DateTime) => value.AsBsonDateTime.ToUniversalTime(),
            _ when target == typeof(DateTimeOffset) => new DateTimeOffset(value.AsBsonDateTime.ToUniversalTime()),
            _ when target == typeof(byte[]) => value.AsBsonBinaryData.Bytes.ToArray(),
            _ when target.IsEnum => Enum.ToObject(target, value.IsString ? Enum.Parse(target, value.AsString) : value.ToInt64()),
            _ when target.IsPrimitive => Convert.ChangeType(value.ToDouble(), target, CultureInfo.InvariantCulture),
            _ => throw new FormatException($"Cannot convert a BSON {value.BsonType} to {typeof(T)}; register a serializer for {typeof(T)}."),
        };
        return (T)converted!;
    }

    private static object Unwrap(BsonValue value)
    {
        switch (value.BsonType)
        {
            case BsonType.Int32:
                return value.AsInt32;
            case BsonType.Int64:
                return value.AsInt64;
            case BsonType.Double:
                return value.AsDouble;
            case BsonType.String:
                return value.AsString;
            case BsonType.Boolean:
                return value.AsBoolean;
            case BsonType.ObjectId:
                return value.AsObjectId;
            case BsonType.DateTime:
                return value.AsBsonDateTime.ToUniversalTime();
            default:
                return value;
        }
    }
}
