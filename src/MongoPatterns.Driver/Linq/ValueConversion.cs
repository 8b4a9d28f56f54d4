using System.Globalization;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Converts a value computed on the client to the type of the field it is compared with, when no information is lost.
/// C# widens the field instead of the value (<c>x.Age &gt; 5L</c> compares <c>(long)x.Age</c>; <c>x.Status == s</c>
/// compares <c>(int)x.Status</c>), so the value has to be turned back into the field's type before the field's
/// serializer can render it (an enum stored as a string needs an enum, not its number).
/// </summary>
internal static class ValueConversion
{
    /// <summary>Tries to convert <paramref name="value"/> to <paramref name="targetType"/> exactly.</summary>
    /// <param name="value">The value (not null).</param>
    /// <param name="targetType">The field's type (a <see cref="Nullable{T}"/> converts to its underlying type).</param>
    /// <param name="converted">The converted value.</param>
    /// <returns>Whether the value converts without loss (<c>5.0</c> to <c>5</c>, but not <c>5.5</c>).</returns>
    public static bool TryConvert(object value, Type targetType, out object? converted)
    {
        ArgumentNullException.ThrowIfNull(value);
        targetType = Nullable.GetUnderlyingType(targetType) ?? targetType;
        var sourceType = value.GetType();
        if (targetType.IsAssignableFrom(sourceType))
        {
            converted = value;
            return true;
        }

        if (targetType.IsEnum)
        {
            if (IsIntegral(Type.GetTypeCode(sourceType)) && !sourceType.IsEnum
                && TryChangeType(value, Enum.GetUnderlyingType(targetType), out var underlying))
            {
                converted = Enum.ToObject(targetType, underlying!);
                return true;
            }

            converted = null;
            return false;
        }

        if (sourceType.IsEnum && IsNumeric(Type.GetTypeCode(targetType)))
        {
            return TryChangeType(Convert.ChangeType(value, Enum.GetUnderlyingType(sourceType), CultureInfo.InvariantCulture), targetType, out converted);
        }

        var sourceCode = Type.GetTypeCode(sourceType);
        var targetCode = Type.GetTypeCode(targetType);
        if ((IsNumeric(sourceCode) || sourceCode == TypeCode.Char) && (IsNumeric(targetCode) || targetCode == TypeCode.Char))
        {
            return TryChangeType(value, targetType, out converted);
        }

        converted = null;
        return false;
    }

    private static bool TryChangeType(object value, Type targetType, out object? converted)
    {
        try
        {
            converted = Convert.ChangeType(value, targetType, CultureInfo.InvariantCulture);
            var back = Convert.ChangeType(converted, value.GetType(), CultureInfo.InvariantCulture);
            if (value.Equals(back))
            {
                return true;
            }
        }
        catch (Exception exception) when (exception is OverflowException or InvalidCastException)
        {
        }

        converted = null;
        return false;
    }

    private static bool IsIntegral(TypeCode code) => code is >= TypeCode.SByte and <= TypeCode.UInt64;

    private static bool IsNumeric(TypeCode code) => code is >= TypeCode.SByte and <= TypeCode.Decimal;
}
