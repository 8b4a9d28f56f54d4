using System.Globalization;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>MongoDB's value-to-string rules (used by <c>$substr</c>, <c>$toLower</c>, <c>$strcasecmp</c>, <c>$toString</c>, ...).</summary>
internal static class StringCoercion
{
    /// <summary>Coerces a value to a string as string operators do: nullish becomes "", numbers and dates are formatted.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The string.</returns>
    /// <exception cref="Errors.MongoServerException">Code 16007 for values that have no string form.</exception>
    public static string Coerce(BsonValue? value)
    {
        if (ExpressionValues.IsNullish(value))
        {
            return string.Empty;
        }

        return TryFormat(value!, out var text)
            ? text
            : ExpressionErrors.Throw<string>(16007, $"can't convert from BSON type {ExpressionTypeNames.NameOf(value)} to String");
    }

    /// <summary>Formats a value that has a string form (string, symbol, code, numbers, dates, timestamps).</summary>
    /// <param name="value">The value.</param>
    /// <param name="text">The text.</param>
    /// <returns>Whether the value has a string form.</returns>
    public static bool TryFormat(BsonValue value, out string text)
    {
        switch (value)
        {
            case BsonString s:
                text = s.Value;
                return true;
            case BsonSymbol symbol:
                text = symbol.Name;
                return true;
            case BsonJavaScript code:
                text = code.Code;
                return true;
            case BsonInt32 int32:
                text = int32.Value.ToString(CultureInfo.InvariantCulture);
                return true;
            case BsonInt64 int64:
                text = int64.Value.ToString(CultureInfo.InvariantCulture);
                return true;
            case BsonDouble number:
                text = FormatDouble(number.Value);
                return true;
            case BsonDecimal128 dec:
                text = dec.Value.ToString();
                return true;
            case BsonDateTime date:
                text = FormatDate(date.MillisecondsSinceEpoch);
                return true;
            case BsonTimestamp timestamp:
                text = string.Create(CultureInfo.InvariantCulture, $"Timestamp({timestamp.Timestamp}, {timestamp.Increment})");
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    /// <summary>Formats a double the way the server prints numbers: shortest round-trip digits, <c>1e+20</c> style exponents.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "Infinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0" : "0";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E', StringComparison.Ordinal);
        if (exponent < 0)
        {
            return text;
        }

        var mantissa = text[..exponent];
        var power = text[(exponent + 1)..];
        if (power[0] != '-' && power[0] != '+')
        {
            power = "+" + power;
        }

        return mantissa + "e" + power;
    }

    /// <summary>Formats a date as ISO-8601 with milliseconds in UTC (<c>2024-01-31T12:00:00.000Z</c>).</summary>
    /// <param name="millisecondsSinceEpoch">The date.</param>
    /// <returns>The text.</returns>
    public static string FormatDate(long millisecondsSinceEpoch)
    {
        var parts = DateParts.FromMilliseconds(millisecondsSinceEpoch, TimeZoneSpec.Utc);
        return DateFormatter.Format("%Y-%m-%dT%H:%M:%S.%LZ", parts);
    }
}
