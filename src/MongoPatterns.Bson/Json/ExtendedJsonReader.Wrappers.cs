using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace MongoPatterns.Bson.Json;

/// <content>Type wrappers: recognizing their keys, reading their values and deciding what an object encodes.</content>
internal ref partial struct ExtendedJsonReader
{
    private static readonly SearchValues<char> s_base64Chars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");

    /// <summary>
    /// Reads the value of a <c>$</c>-key when the key belongs to a type wrapper; returns false (nothing consumed) for
    /// other keys, and for legacy keys whose value is not a string (they are then query operators).
    /// </summary>
    private bool TryReadWrapperField(string name, long nameStart, ref WrapperParts parts)
    {
        var key = Classify(name);
        if (key == WrapperKeys.None)
        {
            return false;
        }

        if ((key & WrapperKeys.Legacy) != 0)
        {
            if (_reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            AddKey(ref parts, key, name, nameStart);
            var text = ReadString();
            switch (key)
            {
                case WrapperKeys.LegacyRegex:
                    parts.Text = text;
                    break;
                case WrapperKeys.LegacyOptions:
                    parts.Options = text;
                    break;
                default:
                    parts.Type = text;
                    break;
            }

            // Kept as an ordinary element too, in case the object turns out to be a document (a query).
            PushElement(new BsonElement(name, BsonString.Create(text)));
            parts.LegacyElementCount++;
            return true;
        }

        if (key == WrapperKeys.Binary && _reader.TokenType == JsonTokenType.String)
        {
            key = WrapperKeys.LegacyBinary;
        }

        AddKey(ref parts, key, name, nameStart);
        switch (key)
        {
            case WrapperKeys.ObjectId:
                parts.Value = new BsonObjectId(ReadObjectId());
                break;
            case WrapperKeys.Symbol:
                parts.Value = new BsonSymbol(ReadStringValue("$symbol"));
                break;
            case WrapperKeys.Int32:
                parts.Value = BsonInt32.Create(ReadInt32Text());
                break;
            case WrapperKeys.Int64:
                parts.Value = BsonInt64.Create(ReadInt64Text("$numberLong"));
                break;
            case WrapperKeys.Double:
                parts.Value = BsonDouble.Create(ReadDoubleText());
                break;
            case WrapperKeys.Decimal128:
                parts.Value = new BsonDecimal128(ReadDecimalText());
                break;
            case WrapperKeys.Binary:
                parts.Value = ReadBinaryObject();
                break;
            case WrapperKeys.LegacyBinary:
            case WrapperKeys.Code:
                parts.Text = ReadStringValue(name);
                break;
            case WrapperKeys.Scope:
                parts.Scope = ReadScope();
                break;
            case WrapperKeys.Timestamp:
                parts.Value = ReadTimestampObject();
                break;
            case WrapperKeys.RegularExpression:
                parts.Value = ReadRegularExpressionObject();
                break;
            case WrapperKeys.DbPointer:
                parts.Value = ReadDbPointerObject();
                break;
            case WrapperKeys.Date:
                parts.Value = new BsonDateTime(ReadDate());
                break;
            case WrapperKeys.MinKey:
                ExpectOne("$minKey");
                parts.Value = BsonMinKey.Value;
                break;
            case WrapperKeys.MaxKey:
                ExpectOne("$maxKey");
                parts.Value = BsonMaxKey.Value;
                break;
            case WrapperKeys.Undefined:
                if (_reader.TokenType != JsonTokenType.True)
                {
                    Fail("Invalid $undefined: the value must be true", _reader.TokenStartIndex);
                }

                parts.Value = BsonUndefined.Value;
                break;
            default:
                parts.Value = new BsonBinaryData(ReadUuid());
                break;
        }

        return true;
    }

    /// <summary>Decides what an object with wrapper keys encodes, once all its fields are read.</summary>
    private BsonValue CreateWrapperOrDocument(ref WrapperParts parts, int start, int depth, long objectStart)
    {
        var keys = parts.Keys;
        var ordinaryCount = _elementCount - start - parts.LegacyElementCount;
        if ((keys & ~WrapperKeys.Legacy) == 0)
        {
            // Only legacy keys: {"$regex": "...", "$options": "..."} is a regular expression, anything else a document.
            if ((keys & (WrapperKeys.LegacyRegex | WrapperKeys.LegacyType)) == WrapperKeys.LegacyRegex && ordinaryCount == 0)
            {
                RejectNullCharacter(parts.Text!, "$regex", parts.Position);
                RejectNullCharacter(parts.Options ?? string.Empty, "$options", parts.Position);
                PopElements(start);
                return new BsonRegularExpression(parts.Text!, parts.Options);
            }

            return CreateDocument(start, depth, objectStart);
        }

        var primary = PrimaryKeyName(keys);
        if (ordinaryCount > 0)
        {
            Fail($"Invalid {primary}: a type wrapper holds only its own keys, but this object also has '{FirstOrdinaryName(start)}'", objectStart);
        }

        BsonValue value;
        switch (keys)
        {
            case WrapperKeys.Code:
                value = new BsonJavaScript(parts.Text!);
                break;
            case WrapperKeys.Code | WrapperKeys.Scope:
                value = new BsonJavaScriptWithScope(parts.Text!, parts.Scope!);
                break;
            case WrapperKeys.LegacyBinary | WrapperKeys.LegacyType:
                value = BsonBinaryData.TakeOwnership(
                    DecodeBase64(parts.Text!, "$binary", parts.Position),
                    (BsonBinarySubType)ParseSubType(parts.Type!, "$type", parts.Position));
                break;
            case WrapperKeys.Scope:
                Fail("Invalid $scope: it needs a $code key beside it", parts.Position);
                return null;
            case WrapperKeys.LegacyBinary:
                Fail("Invalid $binary: a base64 string needs a $type key beside it (or use {\"$binary\": {\"base64\": ..., \"subType\": ...}})", parts.Position);
                return null;
            default:
                if (!BitOperations.IsPow2((uint)keys) || parts.Value is null)
                {
                    Fail($"Invalid {primary}: it cannot be combined with the other $-keys of this object", objectStart);
                }

                value = parts.Value;
                break;
        }

        PopElements(start);
        return value;
    }

    private ObjectId ReadObjectId()
    {
        var position = _reader.TokenStartIndex;
        if (!ObjectId.TryParse(ReadStringValue("$oid"), out var id))
        {
            Fail("Invalid $oid: expected a string of 24 hexadecimal digits", position);
        }

        return id;
    }

    private int ReadInt32Text()
    {
        var position = _reader.TokenStartIndex;
        if (!int.TryParse(ReadStringValue("$numberInt"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Fail("Invalid $numberInt: expected a string holding a 32-bit integer", position);
        }

        return value;
    }

    private long ReadInt64Text(string key)
    {
        var position = _reader.TokenStartIndex;
        if (!long.TryParse(ReadStringValue(key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Fail($"Invalid {key}: expected a string holding a 64-bit integer", position);
        }

        return value;
    }

    /// <summary>A decimal number string, or exactly "Infinity", "-Infinity" or "NaN".</summary>
    private double ReadDoubleText()
    {
        var position = _reader.TokenStartIndex;
        var text = ReadStringValue("$numberDouble");
        switch (text)
        {
            case "Infinity":
                return double.PositiveInfinity;
            case "-Infinity":
                return double.NegativeInfinity;
            case "NaN":
                return double.NaN;
        }

        var digitsStart = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        if (digitsStart >= text.Length || !(char.IsAsciiDigit(text[digitsStart]) || text[digitsStart] == '.')
            || !double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value))
        {
            Fail("Invalid $numberDouble: expected a decimal number string, \"Infinity\", \"-Infinity\" or \"NaN\"", position);
            return 0;
        }

        return value;
    }

    private Decimal128 ReadDecimalText()
    {
        var position = _reader.TokenStartIndex;
        var text = ReadStringValue("$numberDecimal");
        try
        {
            return Decimal128.Parse(text);
        }
        catch (FormatException exception)
        {
            throw CreateException($"Invalid $numberDecimal: {exception.Message.TrimEnd('.')}", position, exception);
        }
    }

    /// <summary>Reads <c>{"base64": "...", "subType": "hh"}</c>.</summary>
    private BsonBinaryData ReadBinaryObject()
    {
        var position = ExpectObject("$binary");
        string? base64 = null;
        string? subType = null;
        var subTypePosition = position;
        while (TryReadInnerField(out var field, out var fieldStart))
        {
            switch (field)
            {
                case "base64" when base64 is null:
                    base64 = ReadStringValue("$binary.base64");
                    break;
                case "subType" when subType is null:
                    subTypePosition = _reader.TokenStartIndex;
                    subType = ReadStringValue("$binary.subType");
                    break;
                default:
                    FailUnexpectedField("$binary", field, fieldStart);
                    break;
            }
        }

        if (base64 is null || subType is null)
        {
            FailMissingField("$binary", base64 is null ? "base64" : "subType", position);
        }

        return BsonBinaryData.TakeOwnership(
            DecodeBase64(base64, "$binary.base64", position),
            (BsonBinarySubType)ParseSubType(subType, "$binary.subType", subTypePosition));
    }

    private BsonDocument ReadScope()
    {
        var position = ExpectObject("$scope");

        // The scope is one level below the value that holds it (not two: the wrapper object is not a BSON level).
        _depth--;
        var scope = ReadObject(isTopLevel: false);
        _depth++;
        if (scope is not BsonDocument document)
        {
            Fail("Invalid $scope: expected a document", position);
            return null;
        }

        return document;
    }

    /// <summary>Reads <c>{"t": &lt;uint32&gt;, "i": &lt;uint32&gt;}</c>.</summary>
    private BsonTimestamp ReadTimestampObject()
    {
        var position = ExpectObject("$timestamp");
        uint? seconds = null;
        uint? increment = null;
        while (TryReadInnerField(out var field, out var fieldStart))
        {
            switch (field)
            {
                case "t" when seconds is null:
                    seconds = ReadUInt32("$timestamp.t");
                    break;
                case "i" when increment is null:
                    increment = ReadUInt32("$timestamp.i");
                    break;
                default:
                    FailUnexpectedField("$timestamp", field, fieldStart);
                    break;
            }
        }

        if (seconds is null || increment is null)
        {
            FailMissingField("$timestamp", seconds is null ? "t" : "i", position);
        }

        return new BsonTimestamp(seconds.Value, increment.Value);
    }

    /// <summary>Reads <c>{"pattern": "...", "options": "..."}</c>.</summary>
    private BsonRegularExpression ReadRegularExpressionObject()
    {
        var position = ExpectObject("$regularExpression");
        string? pattern = null;
        string? options = null;
        while (TryReadInnerField(out var field, out var fieldStart))
        {
            switch (field)
            {
                case "pattern" when pattern is null:
                    pattern = ReadStringValue("$regularExpression.pattern");
                    RejectNullCharacter(pattern, "$regularExpression.pattern", fieldStart);
                    break;
                case "options" when options is null:
                    options = ReadStringValue("$regularExpression.options");
                    RejectNullCharacter(options, "$regularExpression.options", fieldStart);
                    break;
                default:
                    FailUnexpectedField("$regularExpression", field, fieldStart);
                    break;
            }
        }

        if (pattern is null || options is null)
        {
            FailMissingField("$regularExpression", pattern is null ? "pattern" : "options", position);
        }

        return new BsonRegularExpression(pattern, options);
    }

    /// <summary>Reads <c>{"$ref": "namespace", "$id": {"$oid": "..."}}</c>.</summary>
    private BsonDbPointer ReadDbPointerObject()
    {
        var position = ExpectObject("$dbPointer");
        string? ns = null;
        ObjectId? id = null;
        while (TryReadInnerField(out var field, out var fieldStart))
        {
            switch (field)
            {
                case "$ref" when ns is null:
                    ns = ReadStringValue("$dbPointer.$ref");
                    break;
                case "$id" when id is null:
                    var idStart = ExpectObject("$dbPointer.$id");
                    if (ReadObject(isTopLevel: false) is not BsonObjectId objectId)
                    {
                        Fail("Invalid $dbPointer.$id: expected an ObjectId ({\"$oid\": \"...\"})", idStart);
                        return null;
                    }

                    id = objectId.Value;
                    break;
                default:
                    FailUnexpectedField("$dbPointer", field, fieldStart);
                    break;
            }
        }

        if (ns is null || id is null)
        {
            FailMissingField("$dbPointer", ns is null ? "$ref" : "$id", position);
        }

        return new BsonDbPointer(ns, id.Value);
    }

    /// <summary>Reads an ISO-8601 string (relaxed) or <c>{"$numberLong": "..."}</c> (canonical).</summary>
    private long ReadDate()
    {
        var position = _reader.TokenStartIndex;
        if (_reader.TokenType == JsonTokenType.String)
        {
            if (!JsonDateTime.TryParse(ReadString(), out var milliseconds))
            {
                Fail("Invalid $date: expected an ISO-8601 date-time such as \"2024-05-01T12:00:00.000Z\"", position);
            }

            return milliseconds;
        }

        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            Fail("Invalid $date: expected an ISO-8601 string or {\"$numberLong\": \"...\"}", position);
        }

        long? value = null;
        while (TryReadInnerField(out var field, out var fieldStart))
        {
            if (field != "$numberLong" || value is not null)
            {
                FailUnexpectedField("$date", field, fieldStart);
            }

            value = ReadInt64Text("$date.$numberLong");
        }

        if (value is null)
        {
            FailMissingField("$date", "$numberLong", position);
        }

        return value.Value;
    }

    /// <summary>A UUID string, hyphenated (8-4-4-4-12 hex digits) or as 32 plain hex digits.</summary>
    private Guid ReadUuid()
    {
        var position = _reader.TokenStartIndex;
        var text = ReadStringValue("$uuid");
        if (!((text.Length == 36 && Guid.TryParseExact(text, "D", out var uuid))
              || (text.Length == 32 && Guid.TryParseExact(text, "N", out uuid))))
        {
            Fail("Invalid $uuid: expected a UUID such as \"73ffd264-44b3-4c69-90e8-e7d1dfc035d4\"", position);
            return default;
        }

        return uuid;
    }

    private uint ReadUInt32(string key)
    {
        if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetUInt32(out var value))
        {
            Fail($"Invalid {key}: expected an integer from 0 to 4294967295", _reader.TokenStartIndex);
            return 0;
        }

        return value;
    }

    /// <summary>$minKey and $maxKey hold the integer 1.</summary>
    private void ExpectOne(string key)
    {
        if (_reader.TokenType != JsonTokenType.Number || !_reader.ValueSpan.SequenceEqual("1"u8))
        {
            Fail($"Invalid {key}: the value must be 1", _reader.TokenStartIndex);
        }
    }

    private byte[] DecodeBase64(string text, string key, long position)
    {
        // Convert.FromBase64String skips whitespace; Extended JSON requires padded base64 without any.
        if (text.Length % 4 != 0 || text.AsSpan().ContainsAnyExcept(s_base64Chars))
        {
            Fail($"Invalid {key}: expected padded base64", position);
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException exception)
        {
            throw CreateException($"Invalid {key}: expected padded base64", position, exception);
        }
    }

    private byte ParseSubType(string text, string key, long position)
    {
        if (text.Length is < 1 or > 2
            || !byte.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var subType))
        {
            Fail($"Invalid {key}: expected one or two hexadecimal digits", position);
            return 0;
        }

        return subType;
    }

    private void RejectNullCharacter(string text, string key, long position)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            Fail($"Invalid {key}: BSON cannot store a null character (\\u0000) here", position);
        }
    }

    /// <summary>Checks that the current token starts an object; returns its position.</summary>
    private long ExpectObject(string key)
    {
        var position = _reader.TokenStartIndex;
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            Fail($"Invalid {key}: expected an object", position);
        }

        return position;
    }

    /// <summary>Advances to the next field of a wrapper's inner object and onto its value; false at the object's end.</summary>
    private bool TryReadInnerField(out string name, out long nameStart)
    {
        if (Read() == JsonTokenType.EndObject)
        {
            name = string.Empty;
            nameStart = _reader.TokenStartIndex;
            return false;
        }

        nameStart = _reader.TokenStartIndex;
        name = ReadString();
        Read();
        return true;
    }

    private void AddKey(ref WrapperParts parts, WrapperKeys key, string name, long nameStart)
    {
        var sameKey = key is WrapperKeys.Binary or WrapperKeys.LegacyBinary ? WrapperKeys.Binary | WrapperKeys.LegacyBinary : key;
        if ((parts.Keys & sameKey) != 0)
        {
            Fail($"Invalid {name}: the key appears twice in one object", nameStart);
        }

        if (parts.Keys == WrapperKeys.None)
        {
            parts.Position = nameStart;
        }

        parts.Keys |= key;
    }

    private readonly string FirstOrdinaryName(int start)
    {
        foreach (var element in _elements.AsSpan(start, _elementCount - start))
        {
            if (!(element.Value is BsonString && (Classify(element.Name) & WrapperKeys.Legacy) != 0))
            {
                return element.Name;
            }
        }

        return string.Empty;
    }

    private static WrapperKeys Classify(string name) => name switch
    {
        "$oid" => WrapperKeys.ObjectId,
        "$symbol" => WrapperKeys.Symbol,
        "$numberInt" => WrapperKeys.Int32,
        "$numberLong" => WrapperKeys.Int64,
        "$numberDouble" => WrapperKeys.Double,
        "$numberDecimal" => WrapperKeys.Decimal128,
        "$binary" => WrapperKeys.Binary,
        "$code" => WrapperKeys.Code,
        "$scope" => WrapperKeys.Scope,
        "$timestamp" => WrapperKeys.Timestamp,
        "$regularExpression" => WrapperKeys.RegularExpression,
        "$dbPointer" => WrapperKeys.DbPointer,
        "$date" => WrapperKeys.Date,
        "$minKey" => WrapperKeys.MinKey,
        "$maxKey" => WrapperKeys.MaxKey,
        "$undefined" => WrapperKeys.Undefined,
        "$uuid" => WrapperKeys.Uuid,
        "$regex" => WrapperKeys.LegacyRegex,
        "$options" => WrapperKeys.LegacyOptions,
        "$type" => WrapperKeys.LegacyType,
        _ => WrapperKeys.None,
    };

    /// <summary>The name of the lowest canonical wrapper key present, for messages.</summary>
    private static string PrimaryKeyName(WrapperKeys keys) => (WrapperKeys)(1 << BitOperations.TrailingZeroCount((uint)(keys & ~WrapperKeys.Legacy))) switch
    {
        WrapperKeys.ObjectId => "$oid",
        WrapperKeys.Symbol => "$symbol",
        WrapperKeys.Int32 => "$numberInt",
        WrapperKeys.Int64 => "$numberLong",
        WrapperKeys.Double => "$numberDouble",
        WrapperKeys.Decimal128 => "$numberDecimal",
        WrapperKeys.Binary or WrapperKeys.LegacyBinary => "$binary",
        WrapperKeys.Code => "$code",
        WrapperKeys.Scope => "$scope",
        WrapperKeys.Timestamp => "$timestamp",
        WrapperKeys.RegularExpression => "$regularExpression",
        WrapperKeys.DbPointer => "$dbPointer",
        WrapperKeys.Date => "$date",
        WrapperKeys.MinKey => "$minKey",
        WrapperKeys.MaxKey => "$maxKey",
        WrapperKeys.Undefined => "$undefined",
        _ => "$uuid",
    };

    [DoesNotReturn]
    private readonly void FailUnexpectedField(string wrapper, string field, long position) =>
        Fail($"Invalid {wrapper}: unexpected or repeated field '{field}'", position);

    [DoesNotReturn]
    private readonly void FailMissingField(string wrapper, string field, long position) =>
        Fail($"Invalid {wrapper}: the field '{field}' is missing", position);
}
