using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Json;

/// <summary>
/// Parses Extended JSON v2 (canonical and relaxed, plus the legacy <c>$regex</c>/<c>$options</c> and
/// <c>$binary</c>/<c>$type</c> forms) into BSON values, on top of <see cref="Utf8JsonReader"/> (which checks the JSON
/// grammar). Every error is a <see cref="BsonSerializationException"/> whose <see cref="BsonSerializationException.Offset"/>
/// is the UTF-8 byte offset of the problem, whose <see cref="BsonSerializationException.Path"/> names the field, and
/// whose message also gives the line and column.
/// </summary>
/// <remarks>
/// <para>
/// The top-level object is always a document. Any other object that holds a type wrapper key (<c>$oid</c>,
/// <c>$numberLong</c>, <c>$binary</c>, ...) must be exactly that wrapper, with values of the right JSON types; unknown
/// <c>$</c>-keys (and DBRef's <c>$ref</c>, <c>$id</c>, <c>$db</c>) leave the object a document. Keys may come in any
/// order. Duplicate names are kept in order.
/// </para>
/// <para>
/// Plain JSON numbers become Int32 when they are integers that fit, then Int64, otherwise Double (any number with a
/// fraction or an exponent is a Double). Documents and arrays may nest <see cref="BsonLimits.DefaultMaxDepth"/> levels
/// deep, as in binary BSON.
/// </para>
/// </remarks>
internal ref partial struct ExtendedJsonReader
{
    private const int MaxDepth = BsonLimits.DefaultMaxDepth;

    /// <summary>Type wrappers add JSON levels that BSON does not have, so the grammar check allows twice the BSON depth.</summary>
    private const int MaxJsonDepth = (MaxDepth * 2) + 8;

    private const int InitialStackCapacity = 32;

    private static readonly JsonReaderOptions s_options = new()
    {
        MaxDepth = MaxJsonDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private readonly ReadOnlySpan<byte> _json;
    private Utf8JsonReader _reader;
    private int _depth;
    private BsonElement[] _elements;
    private int _elementCount;
    private BsonValue[] _items;
    private int _itemCount;
    private PathSegment[] _path;

    private ExtendedJsonReader(ReadOnlySpan<byte> json)
    {
        _json = json;
        _reader = new Utf8JsonReader(json, s_options);
        _depth = 0;
        _elements = ArrayPool<BsonElement>.Shared.Rent(InitialStackCapacity);
        _elementCount = 0;
        _items = ArrayPool<BsonValue>.Shared.Rent(InitialStackCapacity);
        _itemCount = 0;
        _path = ArrayPool<PathSegment>.Shared.Rent(MaxJsonDepth + 2);
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Parses one JSON object as a document.</summary>
    /// <exception cref="BsonSerializationException">The text is not valid Extended JSON for one document.</exception>
    public static BsonDocument ParseDocument(ReadOnlySpan<byte> utf8Json) =>
        (BsonDocument)Parse(utf8Json, JsonTokenType.StartObject);

    /// <inheritdoc cref="ParseDocument(ReadOnlySpan{byte})"/>
    public static BsonDocument ParseDocument(string json) => (BsonDocument)Parse(json, JsonTokenType.StartObject);

    /// <summary>Parses one JSON array.</summary>
    /// <exception cref="BsonSerializationException">The text is not valid Extended JSON for one array.</exception>
    public static BsonArray ParseArray(string json) => (BsonArray)Parse(json, JsonTokenType.StartArray);

    private static BsonValue Parse(string json, JsonTokenType rootToken)
    {
        var byteCount = Utf8Text.TryGetByteCount(json);
        if (byteCount < 0)
        {
            throw new BsonSerializationException("The JSON text contains an unpaired surrogate character, which UTF-8 cannot encode.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(byteCount, 1));
        try
        {
            var length = Utf8Text.TryEncode(json, buffer);
            return Parse(buffer.AsSpan(0, length), rootToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static BsonValue Parse(ReadOnlySpan<byte> utf8Json, JsonTokenType rootToken)
    {
        if (utf8Json.StartsWith(Utf8ByteOrderMark))
        {
            utf8Json = utf8Json[Utf8ByteOrderMark.Length..];
        }

        var reader = new ExtendedJsonReader(utf8Json);
        try
        {
            return reader.ReadRoot(rootToken);
        }
        finally
        {
            reader.Dispose();
        }
    }

    private BsonValue ReadRoot(JsonTokenType rootToken)
    {
        try
        {
            if (Read() != rootToken)
            {
                Fail(rootToken == JsonTokenType.StartObject
                    ? "Expected a JSON object (a document) at the top level"
                    : "Expected a JSON array at the top level", _reader.TokenStartIndex);
            }

            var root = rootToken == JsonTokenType.StartObject ? ReadObject(isTopLevel: true) : ReadArray();
            if (_reader.Read())
            {
                Fail("Unexpected content after the end of the JSON value", _reader.TokenStartIndex);
            }

            return root;
        }
        catch (JsonException exception)
        {
            throw CreateMalformedJsonException(exception);
        }
    }

    private void Dispose()
    {
        _elements.AsSpan(0, _elementCount).Clear();
        ArrayPool<BsonElement>.Shared.Return(_elements);
        _items.AsSpan(0, _itemCount).Clear();
        ArrayPool<BsonValue>.Shared.Return(_items);
        ArrayPool<PathSegment>.Shared.Return(_path, clearArray: true);
        _elements = [];
        _items = [];
        _path = [];
    }

    /// <summary>Reads a value whose first token is current.</summary>
    private BsonValue ReadValue()
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(isTopLevel: false);
            case JsonTokenType.StartArray:
                return ReadArray();
            case JsonTokenType.String:
                return BsonString.Create(ReadString());
            case JsonTokenType.Number:
                return ReadNumber();
            case JsonTokenType.True:
                return BsonBoolean.Create(true);
            case JsonTokenType.False:
                return BsonBoolean.Create(false);
            case JsonTokenType.Null:
                return BsonNull.Value;
            default:
                Fail($"Unexpected JSON token {_reader.TokenType}", _reader.TokenStartIndex);
                return null;
        }
    }

    /// <summary>Integers that fit become Int32, then Int64; other numbers (and those with a fraction or exponent) Double.</summary>
    private BsonValue ReadNumber()
    {
        var text = _reader.ValueSpan;
        if (text.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            if (_reader.TryGetInt32(out var int32))
            {
                return BsonInt32.Create(int32);
            }

            if (_reader.TryGetInt64(out var int64))
            {
                return BsonInt64.Create(int64);
            }
        }

        return BsonDouble.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private BsonArray ReadArray()
    {
        var arrayStart = _reader.TokenStartIndex;
        var depth = ++_depth;
        if (depth > MaxDepth)
        {
            FailTooDeep(arrayStart);
        }

        var start = _itemCount;
        var index = 0;
        while (Read() != JsonTokenType.EndArray)
        {
            _path[depth] = new PathSegment(null, index++);
            PushItem(ReadValue());
        }

        var count = _itemCount - start;
        var items = count == 0 ? [] : new BsonValue[count];
        _items.AsSpan(start, count).CopyTo(items);
        _items.AsSpan(start, count).Clear();
        _itemCount = start;
        _depth--;
        return new BsonArray(items, count);
    }

    /// <summary>Reads an object: a document, or (below the top level) a type wrapper.</summary>
    private BsonValue ReadObject(bool isTopLevel)
    {
        var objectStart = _reader.TokenStartIndex;
        var depth = ++_depth;
        var start = _elementCount;
        var parts = default(WrapperParts);
        _path[depth] = PathSegment.None;
        while (Read() != JsonTokenType.EndObject)
        {
            var nameStart = _reader.TokenStartIndex;
            var name = ReadName();
            _path[depth] = new PathSegment(name, -1);
            Read();
            if (!isTopLevel && name.Length > 1 && name[0] == '$' && TryReadWrapperField(name, nameStart, ref parts))
            {
                continue;
            }

            PushElement(new BsonElement(name, ReadValue()));
        }

        var result = parts.Keys == WrapperKeys.None
            ? CreateDocument(start, depth, objectStart)
            : CreateWrapperOrDocument(ref parts, start, depth, objectStart);
        _depth--;
        return result;
    }

    private BsonDocument CreateDocument(int start, int depth, long objectStart)
    {
        if (depth > MaxDepth)
        {
            FailTooDeep(objectStart);
        }

        var count = _elementCount - start;
        var elements = count == 0 ? [] : new BsonElement[count];
        _elements.AsSpan(start, count).CopyTo(elements);
        PopElements(start);
        return new BsonDocument(elements, count);
    }

    private string ReadStringValue(string key)
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            Fail($"Invalid {key}: expected a string", _reader.TokenStartIndex);
        }

        return ReadString();
    }

    private string ReadString()
    {
        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw CreateException("Invalid JSON string: it is not valid UTF-8 or has an unpaired surrogate escape", _reader.TokenStartIndex, exception);
        }
    }

    /// <summary>Reads the current property name, through the shared name cache when it has no escapes.</summary>
    private string ReadName()
    {
        if (!_reader.ValueIsEscaped)
        {
            var utf8 = _reader.ValueSpan;
            if (utf8.Length > ElementNameCache.MaxCachedLength)
            {
                return ReadString();
            }

            var cached = ElementNameCache.TryGet(utf8, out var slot);
            if (cached is not null)
            {
                return cached;
            }

            var decoded = ReadString();
            ElementNameCache.Store(slot, utf8, decoded);
            return decoded;
        }

        // Only an escape (\u0000) can put a null character in a JSON name.
        var name = ReadString();
        if (name.Contains('\0', StringComparison.Ordinal))
        {
            Fail("Invalid element name: BSON names cannot contain a null character (\\u0000)", _reader.TokenStartIndex);
        }

        return name;
    }

    private JsonTokenType Read()
    {
        if (!_reader.Read())
        {
            Fail("Unexpected end of the JSON text", _json.Length);
        }

        return _reader.TokenType;
    }

    private void PushElement(BsonElement element)
    {
        if (_elementCount == _elements.Length)
        {
            _elements = Grow(_elements, _elementCount);
        }

        _elements[_elementCount++] = element;
    }

    private void PushItem(BsonValue item)
    {
        if (_itemCount == _items.Length)
        {
            _items = Grow(_items, _itemCount);
        }

        _items[_itemCount++] = item;
    }

    private void PopElements(int start)
    {
        _elements.AsSpan(start, _elementCount - start).Clear();
        _elementCount = start;
    }

    private static T[] Grow<T>(T[] array, int count)
    {
        var larger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        array.AsSpan(0, count).CopyTo(larger);
        array.AsSpan(0, count).Clear();
        ArrayPool<T>.Shared.Return(array);
        return larger;
    }

    [DoesNotReturn]
    private readonly void Fail(string reason, long position) => throw CreateException(reason, position);

    [DoesNotReturn]
    private readonly void FailTooDeep(long position) =>
        Fail($"Documents and arrays are nested more than {MaxDepth} levels deep", position);

    private readonly BsonSerializationException CreateMalformedJsonException(JsonException exception)
    {
        var message = exception.Message;
        // System.Text.Json appends its own position and, for some errors, advice about its reader options.
        foreach (var tail in (ReadOnlySpan<string>)[" LineNumber:", " Change the reader options"])
        {
            var index = message.IndexOf(tail, StringComparison.Ordinal);
            if (index > 0)
            {
                message = message[..index];
            }
        }

        var line = exception.LineNumber ?? 0;
        var position = 0L;
        for (var i = 0L; i < line && position < _json.Length; i++)
        {
            var newLine = _json[(int)position..].IndexOf((byte)'\n');
            position = newLine < 0 ? _json.Length : position + newLine + 1;
        }

        position = Math.Min(position + (exception.BytePositionInLine ?? 0), _json.Length);
        return CreateException($"Malformed JSON: {message.TrimEnd('.')}", position, exception);
    }

    private readonly BsonSerializationException CreateException(string reason, long position, Exception? innerException = null)
    {
        var before = _json[..(int)Math.Clamp(position, 0, _json.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            // Count characters, not bytes: skip UTF-8 continuation bytes.
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new BsonSerializationException($"{reason} (line {line}, column {column})", position, BuildPath(), innerException);
    }

    private readonly string? BuildPath()
    {
        if (_depth == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        for (var level = 1; level <= _depth && level < _path.Length; level++)
        {
            var segment = _path[level];
            if (segment == PathSegment.None)
            {
                break;
            }

            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            if (segment.Name is null)
            {
                builder.Append(segment.Index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(segment.Name);
            }
        }

        return builder.ToString();
    }

    /// <summary>One step of the path to the value being read: a field name, or an array index when the name is null.</summary>
    private readonly record struct PathSegment(string? Name, int Index)
    {
        /// <summary>Gets the marker of an object whose first name is not read yet.</summary>
        public static PathSegment None => new(null, -1);
    }
}
