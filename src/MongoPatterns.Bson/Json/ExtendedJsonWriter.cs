using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Json;

/// <summary>
/// Writes BSON values as Extended JSON v2 (canonical or relaxed) into a pooled character buffer, then copies the
/// result into one string. Documents and arrays nested deeper than <see cref="BsonLimits.DefaultMaxDepth"/> are
/// rejected (or, for diagnostics, cut off as <c>{...}</c> and <c>[...]</c>).
/// </summary>
internal ref struct ExtendedJsonWriter
{
    private const int InitialCapacity = 256;

    /// <summary>Room for any number, date or hex form written in one step (the longest, a Decimal128, needs 42).</summary>
    private const int ScalarReserve = 64;

    /// <summary>Characters a JSON string cannot hold as they are: '"', '\', C0 controls, and surrogates (checked in pairs).</summary>
    private static readonly SearchValues<char> s_specialStringChars = SearchValues.Create(CreateSpecialStringChars());

    private readonly bool _canonical;
    private readonly bool _indent;
    private readonly string _indentChars;
    private readonly bool _truncateTooDeep;
    private char[] _buffer;
    private int _length;

    private ExtendedJsonWriter(JsonWriterSettings settings, bool truncateTooDeep)
    {
        _canonical = settings.OutputMode == JsonOutputMode.CanonicalExtendedJson;
        _indent = settings.Indent;
        _indentChars = settings.IndentChars;
        _truncateTooDeep = truncateTooDeep;
        _buffer = ArrayPool<char>.Shared.Rent(InitialCapacity);
        _length = 0;
    }

    /// <summary>Formats a value as Extended JSON.</summary>
    /// <exception cref="BsonSerializationException">Documents or arrays are nested more than 100 levels deep.</exception>
    public static string Write(BsonValue value, JsonWriterSettings settings)
    {
        var writer = new ExtendedJsonWriter(settings, truncateTooDeep: false);
        try
        {
            writer.WriteValue(value, 0);
            return writer.ToString();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>Formats a value as relaxed Extended JSON for display; never throws for deep nesting (it truncates).</summary>
    public static string WriteForDisplay(BsonValue value)
    {
        var writer = new ExtendedJsonWriter(JsonWriterSettings.Relaxed, truncateTooDeep: true);
        try
        {
            writer.WriteValue(value, 0);
            return writer.ToString();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>Returns the text written so far.</summary>
    /// <returns>The JSON text.</returns>
    public override readonly string ToString() => new(_buffer, 0, _length);

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes a value that sits inside <paramref name="depth"/> documents or arrays.</summary>
    private void WriteValue(BsonValue value, int depth)
    {
        switch (value.BsonType)
        {
            case BsonType.Document:
                WriteDocument((BsonDocument)value, depth + 1);
                break;
            case BsonType.Array:
                WriteArray((BsonArray)value, depth + 1);
                break;
            case BsonType.String:
                WriteString(((BsonString)value).Value);
                break;
            case BsonType.Int32:
                WriteInt32(((BsonInt32)value).Value);
                break;
            case BsonType.Int64:
                WriteInt64(((BsonInt64)value).Value);
                break;
            case BsonType.Double:
                WriteDouble(((BsonDouble)value).Value);
                break;
            case BsonType.Boolean:
                Append(((BsonBoolean)value).Value ? "true" : "false");
                break;
            case BsonType.Null:
                Append("null");
                break;
            case BsonType.ObjectId:
                WriteObjectId(((BsonObjectId)value).Value);
                break;
            case BsonType.DateTime:
                WriteDateTime(((BsonDateTime)value).MillisecondsSinceEpoch);
                break;
            case BsonType.Decimal128:
                Append("{\"$numberDecimal\": \"");
                AppendFormatted(((BsonDecimal128)value).Value);
                Append("\"}");
                break;
            case BsonType.Binary:
                WriteBinary((BsonBinaryData)value);
                break;
            case BsonType.RegularExpression:
                var regex = (BsonRegularExpression)value;
                Append("{\"$regularExpression\": {\"pattern\": ");
                WriteString(regex.Pattern);
                Append(", \"options\": ");
                WriteString(regex.Options);
                Append("}}");
                break;
            case BsonType.Timestamp:
                var timestamp = (BsonTimestamp)value;
                Append("{\"$timestamp\": {\"t\": ");
                AppendFormatted(timestamp.Timestamp);
                Append(", \"i\": ");
                AppendFormatted(timestamp.Increment);
                Append("}}");
                break;
            case BsonType.JavaScript:
                Append("{\"$code\": ");
                WriteString(((BsonJavaScript)value).Code);
                Append('}');
                break;
            case BsonType.JavaScriptWithScope:
                var code = (BsonJavaScriptWithScope)value;
                Append("{\"$code\": ");
                WriteString(code.Code);
                Append(", \"$scope\": ");
                WriteDocument(code.Scope, depth + 1);
                Append('}');
                break;
            case BsonType.Symbol:
                Append("{\"$symbol\": ");
                WriteString(((BsonSymbol)value).Name);
                Append('}');
                break;
            case BsonType.DbPointer:
                var pointer = (BsonDbPointer)value;
                Append("{\"$dbPointer\": {\"$ref\": ");
                WriteString(pointer.Namespace);
                Append(", \"$id\": ");
                WriteObjectId(pointer.Id);
                Append("}}");
                break;
            case BsonType.Undefined:
                Append("{\"$undefined\": true}");
                break;
            case BsonType.MinKey:
                Append("{\"$minKey\": 1}");
                break;
            case BsonType.MaxKey:
                Append("{\"$maxKey\": 1}");
                break;
            default:
                ThrowUnknownType(value);
                break;
        }
    }

    /// <summary>Writes a document that is the <paramref name="depth"/>-th level of nesting (the top level is 1).</summary>
    private void WriteDocument(BsonDocument document, int depth)
    {
        if (depth > BsonLimits.DefaultMaxDepth && !EnterTooDeep("{...}"))
        {
            return;
        }

        var elements = document.ElementSpan;
        if (elements.IsEmpty)
        {
            Append("{}");
            return;
        }

        Append('{');
        for (var i = 0; i < elements.Length; i++)
        {
            WriteSeparator(i, depth);
            WriteString(elements[i].Name);
            Append(": ");
            WriteValue(elements[i].Value, depth);
        }

        WriteClosing('}', depth);
    }

    private void WriteArray(BsonArray array, int depth)
    {
        if (depth > BsonLimits.DefaultMaxDepth && !EnterTooDeep("[...]"))
        {
            return;
        }

        var items = array.ItemSpan;
        if (items.IsEmpty)
        {
            Append("[]");
            return;
        }

        Append('[');
        for (var i = 0; i < items.Length; i++)
        {
            WriteSeparator(i, depth);
            WriteValue(items[i], depth);
        }

        WriteClosing(']', depth);
    }

    /// <summary>Handles a container beyond the depth limit: writes the placeholder and returns false, or throws.</summary>
    private bool EnterTooDeep(string placeholder)
    {
        if (!_truncateTooDeep)
        {
            ThrowTooDeep();
        }

        Append(placeholder);
        return false;
    }

    private void WriteSeparator(int index, int depth)
    {
        if (_indent)
        {
            if (index > 0)
            {
                Append(',');
            }

            WriteNewLine(depth);
        }
        else if (index > 0)
        {
            Append(", ");
        }
    }

    private void WriteClosing(char bracket, int depth)
    {
        if (_indent)
        {
            WriteNewLine(depth - 1);
        }

        Append(bracket);
    }

    private void WriteNewLine(int level)
    {
        Append('\n');
        for (var i = 0; i < level; i++)
        {
            Append(_indentChars);
        }
    }

    private void WriteInt32(int value)
    {
        if (_canonical)
        {
            Append("{\"$numberInt\": \"");
            AppendFormatted(value);
            Append("\"}");
        }
        else
        {
            AppendFormatted(value);
        }
    }

    private void WriteInt64(long value)
    {
        if (_canonical)
        {
            Append("{\"$numberLong\": \"");
            AppendFormatted(value);
            Append("\"}");
        }
        else
        {
            AppendFormatted(value);
        }
    }

    /// <summary>
    /// Canonical: <c>{"$numberDouble": "&lt;text&gt;"}</c>. Relaxed: finite values as JSON numbers, the others wrapped.
    /// The text is the shortest round-trip form, always with a '.' or an exponent ("1.0", "-0.0", "1.5E+300").
    /// </summary>
    private void WriteDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            Append(double.IsNaN(value) ? "{\"$numberDouble\": \"NaN\"}"
                : value > 0 ? "{\"$numberDouble\": \"Infinity\"}" : "{\"$numberDouble\": \"-Infinity\"}");
            return;
        }

        if (_canonical)
        {
            Append("{\"$numberDouble\": \"");
            AppendDoubleText(value);
            Append("\"}");
        }
        else
        {
            AppendDoubleText(value);
        }
    }

    private void AppendDoubleText(double value)
    {
        var destination = Reserve(ScalarReserve);
        value.TryFormat(destination, out var written, "R", CultureInfo.InvariantCulture);
        if (destination[..written].IndexOfAny('.', 'E') < 0)
        {
            destination[written++] = '.';
            destination[written++] = '0';
        }

        _length += written;
    }

    private void WriteObjectId(ObjectId id)
    {
        Append("{\"$oid\": \"");
        AppendFormatted(id);
        Append("\"}");
    }

    /// <summary>Relaxed, for years 1970 to 9999: an ISO-8601 string; otherwise <c>{"$date": {"$numberLong": "..."}}</c>.</summary>
    private void WriteDateTime(long millisecondsSinceEpoch)
    {
        if (!_canonical && JsonDateTime.IsInIsoRange(millisecondsSinceEpoch))
        {
            Append("{\"$date\": \"");
            _length += JsonDateTime.Format(millisecondsSinceEpoch, Reserve(ScalarReserve));
            Append("\"}");
            return;
        }

        Append("{\"$date\": {\"$numberLong\": \"");
        AppendFormatted(millisecondsSinceEpoch);
        Append("\"}}");
    }

    private void WriteBinary(BsonBinaryData binary)
    {
        var bytes = binary.Span;
        Append("{\"$binary\": {\"base64\": \"");
        var destination = Reserve(((bytes.Length + 2) / 3) * 4);
        Convert.TryToBase64Chars(bytes, destination, out var written);
        _length += written;
        Append("\", \"subType\": \"");
        AppendFormatted((byte)binary.SubType, "x2");
        Append("\"}}");
    }

    /// <summary>Writes a quoted JSON string, escaping '"', '\', control characters and unpaired surrogates.</summary>
    private void WriteString(ReadOnlySpan<char> text)
    {
        Append('"');
        while (true)
        {
            var special = text.IndexOfAny(s_specialStringChars);
            if (special < 0)
            {
                Append(text);
                break;
            }

            Append(text[..special]);
            var c = text[special];
            var consumed = 1;
            switch (c)
            {
                case '"':
                    Append("\\\"");
                    break;
                case '\\':
                    Append("\\\\");
                    break;
                case '\n':
                    Append("\\n");
                    break;
                case '\r':
                    Append("\\r");
                    break;
                case '\t':
                    Append("\\t");
                    break;
                case '\b':
                    Append("\\b");
                    break;
                case '\f':
                    Append("\\f");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && special + 1 < text.Length && char.IsLowSurrogate(text[special + 1]))
                    {
                        Append(text.Slice(special, 2));
                        consumed = 2;
                    }
                    else
                    {
                        Append("\\u");
                        AppendFormatted((ushort)c, "x4");
                    }

                    break;
            }

            text = text[(special + consumed)..];
        }

        Append('"');
    }

    private void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = c;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Reserve(text.Length));
        _length += text.Length;
    }

    private void AppendFormatted<T>(T value, ReadOnlySpan<char> format = default)
        where T : ISpanFormattable
    {
        value.TryFormat(Reserve(ScalarReserve), out var written, format, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Returns the free part of the buffer, at least <paramref name="count"/> characters long.</summary>
    private Span<char> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Grow(count);
        }

        return _buffer.AsSpan(_length);
    }

    private void Grow(int required)
    {
        var capacity = Math.Max(_length + required, _buffer.Length * 2);
        var larger = ArrayPool<char>.Shared.Rent(capacity);
        _buffer.AsSpan(0, _length).CopyTo(larger);
        var old = _buffer;
        _buffer = larger;
        if (old.Length > 0)
        {
            ArrayPool<char>.Shared.Return(old);
        }
    }

    private static string CreateSpecialStringChars()
    {
        var chars = new List<char> { '"', '\\' };
        for (var c = '\0'; c < ' '; c++)
        {
            chars.Add(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Add(c);
        }

        return new string([.. chars]);
    }

    [DoesNotReturn]
    private static void ThrowTooDeep() =>
        throw new BsonSerializationException(
            $"Documents and arrays are nested more than {BsonLimits.DefaultMaxDepth} levels deep; Extended JSON output stops there "
            + "(a document that contains itself never ends).");

    [DoesNotReturn]
    private static void ThrowUnknownType(BsonValue value) =>
        throw new BsonSerializationException($"A BSON value of type {value.BsonType} has no Extended JSON form.");
}
