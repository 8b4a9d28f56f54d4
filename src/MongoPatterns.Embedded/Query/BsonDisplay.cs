using System.Globalization;
using System.Text;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>Formats values the way MongoDB prints them inside error messages (<c>{ a: 1, b: "x" }</c>, <c>[ 1, 2 ]</c>).</summary>
internal static class BsonDisplay
{
    private const int MaxLength = 512;

    /// <summary>Formats a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(BsonValue value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return Truncate(builder);
    }

    /// <summary>Formats an element as <c>name: value</c>.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string FormatElement(string name, BsonValue value)
    {
        var builder = new StringBuilder();
        builder.Append(name).Append(": ");
        Append(builder, value);
        return Truncate(builder);
    }

    private static string Truncate(StringBuilder builder) =>
        builder.Length > MaxLength ? builder.ToString(0, MaxLength) + "..." : builder.ToString();

    private static void Append(StringBuilder builder, BsonValue value)
    {
        if (builder.Length > MaxLength)
        {
            return;
        }

        switch (value)
        {
            case BsonDocument document:
                if (document.ElementCount == 0)
                {
                    builder.Append("{}");
                    break;
                }

                builder.Append("{ ");
                var first = true;
                foreach (var element in document)
                {
                    builder.Append(first ? string.Empty : ", ").Append(element.Name).Append(": ");
                    first = false;
                    Append(builder, element.Value);
                }

                builder.Append(" }");
                break;
            case BsonArray array:
                if (array.Count == 0)
                {
                    builder.Append("[]");
                    break;
                }

                builder.Append("[ ");
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Append(builder, array[i]);
                }

                builder.Append(" ]");
                break;
            case BsonString text:
                builder.Append('"').Append(text.Value).Append('"');
                break;
            case BsonDouble number:
                var real = number.Value;
                builder.Append(real == Math.Floor(real) && !double.IsInfinity(real) && Math.Abs(real) < 1e15
                    ? real.ToString("0.0", CultureInfo.InvariantCulture)
                    : real.ToString("R", CultureInfo.InvariantCulture));
                break;
            case BsonInt32 or BsonInt64 or BsonBoolean:
                builder.Append(value.ToString());
                break;
            case BsonDecimal128 number:
                builder.Append("NumberDecimal(\"").Append(number.Value.ToString()).Append("\")");
                break;
            case BsonObjectId id:
                builder.Append("ObjectId('").Append(id.Value.ToString()).Append("')");
                break;
            case BsonDateTime date:
                builder.Append("new Date(").Append(date.MillisecondsSinceEpoch.ToString(CultureInfo.InvariantCulture)).Append(')');
                break;
            case BsonNull:
                builder.Append("null");
                break;
            case BsonUndefined:
                builder.Append("undefined");
                break;
            case BsonRegularExpression regex:
                builder.Append('/').Append(regex.Pattern).Append('/').Append(regex.Options);
                break;
            case BsonTimestamp timestamp:
                builder.Append("Timestamp(").Append(timestamp.Timestamp.ToString(CultureInfo.InvariantCulture)).Append(", ")
                    .Append(timestamp.Increment.ToString(CultureInfo.InvariantCulture)).Append(')');
                break;
            case BsonMinKey:
                builder.Append("MinKey");
                break;
            case BsonMaxKey:
                builder.Append("MaxKey");
                break;
            default:
                builder.Append(value.ToString());
                break;
        }
    }
}
