using System.Globalization;
using System.Text;

namespace MongoPatterns.Bson.Formatting;

/// <summary>
/// Formats values as readable relaxed Extended JSON for <c>ToString()</c> and diagnostics. Not a full Extended JSON
/// writer (no options, no canonical mode); nesting is cut off after <see cref="MaxDepth"/> levels.
/// </summary>
internal static class RelaxedJsonFormatter
{
    private const int MaxDepth = 100;

    public static string Format(BsonValue value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, BsonValue value, int depth)
    {
        switch (value)
        {
            case BsonDocument document:
                AppendDocument(builder, document, depth);
                break;
            case BsonArray array:
                if (depth >= MaxDepth)
                {
                    builder.Append("[...]");
                    break;
                }

                builder.Append('[');
                var first = true;
                foreach (var item in array.ItemSpan)
                {
                    builder.Append(first ? string.Empty : ", ");
                    first = false;
                    Append(builder, item, depth + 1);
                }

                builder.Append(']');
                break;
            case BsonString text:
                AppendString(builder, text.Value);
                break;
            case BsonInt32 int32:
                builder.Append(int32.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonInt64 int64:
                builder.Append(int64.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonDouble number:
                AppendDouble(builder, number.Value);
                break;
            case BsonBoolean boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case BsonNull:
                builder.Append("null");
                break;
            case BsonObjectId objectId:
                builder.Append("{\"$oid\": \"").Append(objectId.Value.ToString()).Append("\"}");
                break;
            case BsonDateTime dateTime:
                AppendDateTime(builder, dateTime);
                break;
            case BsonDecimal128 decimal128:
                builder.Append("{\"$numberDecimal\": ");
                AppendString(builder, decimal128.Value.ToString() ?? string.Empty);
                builder.Append('}');
                break;
            case BsonBinaryData binary:
                builder.Append("{\"$binary\": {\"base64\": \"").Append(Convert.ToBase64String(binary.Span))
                    .Append("\", \"subType\": \"").Append(((byte)binary.SubType).ToString("x2", CultureInfo.InvariantCulture)).Append("\"}}");
                break;
            case BsonRegularExpression regex:
                builder.Append("{\"$regularExpression\": {\"pattern\": ");
                AppendString(builder, regex.Pattern);
                builder.Append(", \"options\": ");
                AppendString(builder, regex.Options);
                builder.Append("}}");
                break;
            case BsonTimestamp timestamp:
                builder.Append(CultureInfo.InvariantCulture, $"{{\"$timestamp\": {{\"t\": {timestamp.Timestamp}, \"i\": {timestamp.Increment}}}}}");
                break;
            case BsonJavaScript code:
                builder.Append("{\"$code\": ");
                AppendString(builder, code.Code);
                builder.Append('}');
                break;
            case BsonJavaScriptWithScope codeWithScope:
                builder.Append("{\"$code\": ");
                AppendString(builder, codeWithScope.Code);
                builder.Append(", \"$scope\": ");
                AppendDocument(builder, codeWithScope.Scope, depth);
                builder.Append('}');
                break;
            case BsonSymbol symbol:
                builder.Append("{\"$symbol\": ");
                AppendString(builder, symbol.Name);
                builder.Append('}');
                break;
            case BsonDbPointer pointer:
                builder.Append("{\"$dbPointer\": {\"$ref\": ");
                AppendString(builder, pointer.Namespace);
                builder.Append(", \"$id\": {\"$oid\": \"").Append(pointer.Id.ToString()).Append("\"}}}");
                break;
            case BsonUndefined:
                builder.Append("{\"$undefined\": true}");
                break;
            case BsonMinKey:
                builder.Append("{\"$minKey\": 1}");
                break;
            case BsonMaxKey:
                builder.Append("{\"$maxKey\": 1}");
                break;
        }
    }

    private static void AppendDocument(StringBuilder builder, BsonDocument document, int depth)
    {
        if (depth >= MaxDepth)
        {
            builder.Append("{...}");
            return;
        }

        builder.Append('{');
        var first = true;
        foreach (var element in document.ElementSpan)
        {
            builder.Append(first ? string.Empty : ", ");
            first = false;
            AppendString(builder, element.Name);
            builder.Append(": ");
            Append(builder, element.Value, depth + 1);
        }

        builder.Append('}');
    }

    private static void AppendDouble(StringBuilder builder, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            var text = double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
            builder.Append("{\"$numberDouble\": \"").Append(text).Append("\"}");
            return;
        }

        var number = value.ToString("R", CultureInfo.InvariantCulture);
        builder.Append(number);
        if (number.AsSpan().IndexOfAny('.', 'E') < 0)
        {
            builder.Append(".0");
        }
    }

    private static void AppendDateTime(StringBuilder builder, BsonDateTime dateTime)
    {
        const long Year10000 = 253402300800000;
        var milliseconds = dateTime.MillisecondsSinceEpoch;
        if (milliseconds >= 0 && milliseconds < Year10000)
        {
            var text = dateTime.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);
            builder.Append("{\"$date\": \"").Append(text.Replace(".Z", "Z", StringComparison.Ordinal)).Append("\"}");
            return;
        }

        builder.Append(CultureInfo.InvariantCulture, $"{{\"$date\": {{\"$numberLong\": \"{milliseconds}\"}}}}");
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
