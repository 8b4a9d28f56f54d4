using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace MongoPatterns.Bson.IO;

/// <summary>
/// A forward-only, validating BSON decoder over a span of bytes.
/// </summary>
/// <remarks>
/// <para>
/// Typical use: <see cref="ReadStartDocument"/>; then while <see cref="TryReadNextElement(out BsonType)"/> returns
/// true, read the name (<see cref="ReadName"/>, <see cref="ReadNameSpan"/> or <see cref="SkipName"/>) and then the value
/// with the reader for that type (or <see cref="SkipValue"/>, <see cref="ReadBsonValue"/>); finally
/// <see cref="ReadEndDocument"/>. Arrays work the same way between <see cref="ReadStartArray"/> and
/// <see cref="ReadEndArray"/>. Several top-level documents may follow one another in the input.
/// </para>
/// <para>
/// Every read is bounded by the declared length of the enclosing document, so malformed input of any kind raises
/// <see cref="BsonSerializationException"/> with the byte offset and the field path; nothing is allocated from an
/// unchecked length. Strings and names are decoded as strict UTF-8. <see cref="SkipValue"/> and
/// <see cref="ReadRawDocumentBytes"/> check structure (lengths, terminators) but not the contents they skip.
/// Calls out of order raise <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
public ref struct BsonBinaryReader
{
    /// <summary>The number of nesting levels tracked without allocating.</summary>
    internal const int InlineFrameCount = 16;

    private const int ScratchElementCount = 16;
    private const int StackCheckInterval = 16;
    private const int MinCodeWithScopeSize = 14;

    private readonly ReadOnlySpan<byte> _data;
    private readonly int _maxDocumentSize;
    private readonly int _maxDepth;
    private int _position;
    private int _limit;
    private int _frameCount;
    private int _documentDepth;

    // Where the name of the innermost document's current element starts (-1 between elements), for error paths; the
    // enclosing documents' names are kept in their frames, saved there when a nested document starts.
    private int _nameStart;
    private ReaderExpectation _expect;
    private BsonType _currentType;
    private ReaderFrameBuffer _inlineFrames;
    private ReaderFrame[]? _moreFrames;

    /// <summary>Creates a reader over <paramref name="data"/>.</summary>
    /// <param name="data">The input: one or more BSON documents.</param>
    /// <param name="settings">Limits; <see cref="BsonReaderSettings.Default"/> when null.</param>
    public BsonBinaryReader(ReadOnlySpan<byte> data, BsonReaderSettings? settings = null)
    {
        _data = data;
        settings ??= BsonReaderSettings.Default;
        _maxDocumentSize = settings.MaxDocumentSize;
        _maxDepth = settings.MaxDepth;
        _limit = data.Length;
        _expect = ReaderExpectation.TopLevel;
        _nameStart = -1;
    }

    /// <summary>Gets the offset of the next byte to read.</summary>
    public readonly int Position => _position;

    /// <summary>Gets the current nesting depth (0 outside any document; the top-level document is 1).</summary>
    public readonly int Depth => _documentDepth;

    /// <summary>Gets whether the reader is outside any document and every input byte has been consumed.</summary>
    public readonly bool IsAtEnd => _frameCount == 0 && _position == _data.Length;

    /// <summary>Gets the type of the element returned by the last <see cref="TryReadNextElement(out BsonType)"/>.</summary>
    public readonly BsonType CurrentBsonType => _currentType;

    /// <summary>
    /// Starts reading a document: a top-level one, the value of the current element (of type Document), or the scope
    /// of a code-with-scope. Validates the declared length against the remaining bytes and the size and depth limits.
    /// </summary>
    public void ReadStartDocument()
    {
        if (!(_expect == ReaderExpectation.TopLevel
            || _expect == ReaderExpectation.Scope
            || (_expect == ReaderExpectation.Value && _currentType == BsonType.Document)))
        {
            ThrowInvalidState(nameof(ReadStartDocument));
        }

        StartDocument(ReaderFrameKind.Document);
    }

    /// <summary>Starts reading the array value of the current element.</summary>
    public void ReadStartArray()
    {
        ExpectValue(BsonType.Array, nameof(ReadStartArray));
        StartDocument(ReaderFrameKind.Array);
    }

    /// <summary>
    /// Reads the type byte of the next element of the current document or array; returns false at the end of it
    /// (then call <see cref="ReadEndDocument"/> or <see cref="ReadEndArray"/>).
    /// </summary>
    /// <param name="type">The element type, when there is one.</param>
    /// <returns>Whether an element follows.</returns>
    public bool TryReadNextElement(out BsonType type)
    {
        if (_expect != ReaderExpectation.Element)
        {
            ThrowInvalidState(nameof(TryReadNextElement));
        }

        _nameStart = -1;
        if (_position >= _limit)
        {
            type = default;
            return false;
        }

        var typeByte = _data[_position];
        if (!IsKnownType(typeByte))
        {
            ThrowUnexpectedTypeByte(typeByte);
        }

        _position++;
        _nameStart = _position;
        _currentType = (BsonType)typeByte;
        _expect = ReaderExpectation.Name;
        type = _currentType;
        return true;
    }

    /// <summary>Reads the current element's name as a string (repeated names come from a shared cache, without allocating).</summary>
    /// <returns>The name.</returns>
    public string ReadName()
    {
        ExpectName();
        var start = _position;
        var bytes = ReadCStringBytes("element name");
        _expect = ReaderExpectation.Value;
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        if (bytes.Length > ElementNameCache.MaxCachedLength)
        {
            return Decode(bytes, "element name", start);
        }

        var cached = ElementNameCache.TryGet(bytes, out var slot);
        if (cached is not null)
        {
            return cached;
        }

        var name = Decode(bytes, "element name", start);
        ElementNameCache.Store(slot, bytes, name);
        return name;
    }

    /// <summary>Reads the current element's name as UTF-8 bytes (validated, without the terminator; no allocation).</summary>
    /// <returns>The name bytes, a slice of the input.</returns>
    public ReadOnlySpan<byte> ReadNameSpan()
    {
        ExpectName();
        var start = _position;
        var bytes = ReadCStringBytes("element name");
        if (!Utf8.IsValid(bytes))
        {
            ThrowMalformed("the element name is not valid UTF-8", start);
        }

        _expect = ReaderExpectation.Value;
        return bytes;
    }

    /// <summary>Skips the current element's name (it is still validated).</summary>
    public void SkipName() => ReadNameSpan();

    /// <summary>Ends the current document, verifying its terminator and that its declared length was consumed exactly.</summary>
    public void ReadEndDocument()
    {
        if (_expect != ReaderExpectation.Element || Frame(_frameCount - 1).Kind != ReaderFrameKind.Document)
        {
            ThrowInvalidState(nameof(ReadEndDocument));
        }

        EndDocument();
    }

    /// <summary>Ends the current array, verifying its terminator and length.</summary>
    public void ReadEndArray()
    {
        if (_expect != ReaderExpectation.Element || Frame(_frameCount - 1).Kind != ReaderFrameKind.Array)
        {
            ThrowInvalidState(nameof(ReadEndArray));
        }

        EndDocument();
    }

    /// <summary>Reads a double.</summary>
    /// <returns>The value.</returns>
    public double ReadDouble()
    {
        ExpectValue(BsonType.Double, nameof(ReadDouble));
        var value = BinaryPrimitives.ReadDoubleLittleEndian(Take(8, "double"));
        _expect = ReaderExpectation.Element;
        return value;
    }

    /// <summary>Reads a string.</summary>
    /// <returns>The value.</returns>
    public string ReadString()
    {
        ExpectValue(BsonType.String, nameof(ReadString));
        var value = ReadStringCore("string");
        _expect = ReaderExpectation.Element;
        return value;
    }

    /// <summary>Reads a string (or JavaScript code, or a symbol) as validated UTF-8 bytes, without allocating.</summary>
    /// <returns>The bytes, without the terminator; a slice of the input.</returns>
    public ReadOnlySpan<byte> ReadStringSpan()
    {
        if (_expect != ReaderExpectation.Value || _currentType is not (BsonType.String or BsonType.JavaScript or BsonType.Symbol))
        {
            ThrowInvalidState(nameof(ReadStringSpan));
        }

        var start = _position;
        var bytes = ReadStringBytes("string");
        if (!Utf8.IsValid(bytes))
        {
            ThrowMalformed("the string is not valid UTF-8", start);
        }

        _expect = ReaderExpectation.Element;
        return bytes;
    }

    /// <summary>Reads binary data (for subtype 2 the inner length is checked and removed).</summary>
    /// <param name="subType">The subtype.</param>
    /// <returns>The bytes, a slice of the input.</returns>
    public ReadOnlySpan<byte> ReadBinaryData(out BsonBinarySubType subType)
    {
        ExpectValue(BsonType.Binary, nameof(ReadBinaryData));
        var bytes = ReadBinaryCore(out subType);
        _expect = ReaderExpectation.Element;
        return bytes;
    }

    /// <summary>Reads the undefined value (no payload).</summary>
    public void ReadUndefined() => ReadEmpty(BsonType.Undefined);

    /// <summary>Reads an ObjectId.</summary>
    /// <returns>The value.</returns>
    public ObjectId ReadObjectId()
    {
        ExpectValue(BsonType.ObjectId, nameof(ReadObjectId));
        var value = new ObjectId(Take(ObjectId.ByteLength, "ObjectId"));
        _expect = ReaderExpectation.Element;
        return value;
    }

    /// <summary>Reads a boolean (the byte must be 0 or 1).</summary>
    /// <returns>The value.</returns>
    public bool ReadBoolean()
    {
        ExpectValue(BsonType.Boolean, nameof(ReadBoolean));
        var value = ReadBooleanCore();
        _expect = ReaderExpectation.Element;
        return value;
    }

    /// <summary>Reads a UTC datetime.</summary>
    /// <returns>Milliseconds since the Unix epoch.</returns>
    public long ReadDateTime()
    {
        ExpectValue(BsonType.DateTime, nameof(ReadDateTime));
        var value = BinaryPrimitives.ReadInt64LittleEndian(Take(8, "datetime"));
        _expect = ReaderExpectation.Element;
        return value;
    }

    /// <summary>Reads null (no payload).</summary>
    public void ReadNull() => ReadEmpty(BsonType.Null);

    /// <summary>Reads a regular expression.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="options">The options, as stored.</param>
    public void ReadRegularExpression(out string pattern, out string options)
    {
        ExpectValue(BsonType.RegularExpression, nameof(ReadRegularExpression));
        var start = _position;
        pattern = Decode(ReadCStringBytes("regular expression pattern"), "regular expression pattern", start);
        start = _position;
        options = Decode(ReadCStringBytes("regular expression options"), "regular expression options", start);
        _expect = ReaderExpectation.Element;
    }

    /// <summary>Reads a deprecated DBPointer.</summary>
    /// <param name="namespace">The namespace.</param>
    /// <param name="id">The ObjectId.</param>
    public void ReadDbPointer(out string @namespace, out ObjectId id)
    {
        ExpectValue(BsonType.DbPointer, nameof(ReadDbPointer));
        @namespace = ReadStringCore("DBPointer namespace");
        id = new ObjectId(Take(ObjectId.ByteLength, "DBPointer ObjectId"));
        _expect = ReaderExpectation.Element;
    }

    /// <summary>Reads JavaScript code.</summary>
    /// <returns>The code.</returns>
    public string ReadJavaScript()
    {
        ExpectValue(BsonType.JavaScript, nameof(ReadJavaScript));
        var value = ReadStringCore("JavaScript code");
        _expect = ReaderExpectation.Element;
        return value;
    }

    /// <summary>Reads a deprecated symbol.</summary>
    /// <returns>The symbol text.</returns>
    public string ReadSymbol()
    {
        ExpectValue(BsonType.Symbol, nameof(ReadSymbol));
        var value = ReadStringCore("symbol");
        _expect = ReaderExpectation.Element;
        return value;
    }

    /// <summary>
    /// Starts a code-with-scope value and reads its code; then read the scope with <see cref="ReadStartDocument"/> ...
    /// <see cref="ReadEndDocument"/> (or <see cref="ReadBsonDocument"/>) and finish with <see cref="ReadEndJavaScriptWithScope"/>.
    /// </summary>
    /// <returns>The code.</returns>
    public string ReadStartJavaScriptWithScope()
    {
        ExpectValue(BsonType.JavaScriptWithScope, nameof(ReadStartJavaScriptWithScope));
        var start = _position;
        var available = _limit - start;
        if (available < 4)
        {
            ThrowTruncated("code-with-scope length", 4, start);
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(start, 4));
        if (length < MinCodeWithScopeSize)
        {
            ThrowMalformed($"code-with-scope length {length} is less than the minimum of {MinCodeWithScopeSize}", start);
        }

        if (length > available)
        {
            ThrowMalformed($"code-with-scope length {length} exceeds the remaining {available} bytes", start);
        }

        PushFrame(new ReaderFrame { Start = start, End = start + length, NameStart = -1, Kind = ReaderFrameKind.JavaScriptWithScope });
        _limit = start + length;
        _position = start + 4;
        var code = ReadStringCore("code-with-scope code");
        _expect = ReaderExpectation.Scope;
        return code;
    }

    /// <summary>Ends a code-with-scope value, verifying that its declared length matches its code and scope.</summary>
    public void ReadEndJavaScriptWithScope()
    {
        if (_expect != ReaderExpectation.ScopeEnd)
        {
            ThrowInvalidState(nameof(ReadEndJavaScriptWithScope));
        }

        var frame = Frame(_frameCount - 1);
        if (_position != frame.End)
        {
            ThrowMalformed(
                $"code-with-scope length {frame.End - frame.Start} does not match the {_position - frame.Start} bytes of its code and scope",
                frame.Start);
        }

        PopFrame();
    }

    /// <summary>Reads a 32-bit integer.</summary>
    /// <returns>The value.</returns>
    public int ReadInt32()
    {
        ExpectValue(BsonType.Int32, nameof(ReadInt32));
        var value = BinaryPrimitives.ReadInt32LittleEndian(Take(4, "int32"));
        _expect = ReaderExpectation.Element;
        return value;
    }

    /// <summary>Reads a timestamp.</summary>
    /// <returns>The raw 64-bit value.</returns>
    public ulong ReadTimestamp()
    {
        ExpectValue(BsonType.Timestamp, nameof(ReadTimestamp));
        var value = BinaryPrimitives.ReadUInt64LittleEndian(Take(8, "timestamp"));
        _expect = ReaderExpectation.Element;
        return value;
    }

    /// <summary>Reads a 64-bit integer.</summary>
    /// <returns>The value.</returns>
    public long ReadInt64()
    {
        ExpectValue(BsonType.Int64, nameof(ReadInt64));
        var value = BinaryPrimitives.ReadInt64LittleEndian(Take(8, "int64"));
        _expect = ReaderExpectation.Element;
        return value;
    }

    /// <summary>Reads a decimal128.</summary>
    /// <returns>The value.</returns>
    public Decimal128 ReadDecimal128()
    {
        ExpectValue(BsonType.Decimal128, nameof(ReadDecimal128));
        var bytes = Take(16, "decimal128");
        var value = new Decimal128(BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]), BinaryPrimitives.ReadUInt64LittleEndian(bytes));
        _expect = ReaderExpectation.Element;
        return value;
    }

    /// <summary>Reads MinKey (no payload).</summary>
    public void ReadMinKey() => ReadEmpty(BsonType.MinKey);

    /// <summary>Reads MaxKey (no payload).</summary>
    public void ReadMaxKey() => ReadEmpty(BsonType.MaxKey);

    /// <summary>
    /// Skips the current element's value, checking its structure (lengths, terminators, boolean bytes) but not the
    /// contents of skipped strings and documents.
    /// </summary>
    /// <param name="type">The element's type, as returned by <see cref="TryReadNextElement(out BsonType)"/>.</param>
    public void SkipValue(BsonType type)
    {
        ExpectValue(type, nameof(SkipValue));
        switch (type)
        {
            case BsonType.Double:
            case BsonType.DateTime:
            case BsonType.Timestamp:
            case BsonType.Int64:
                Take(8, "8-byte value");
                break;
            case BsonType.Int32:
                Take(4, "int32");
                break;
            case BsonType.Decimal128:
                Take(16, "decimal128");
                break;
            case BsonType.ObjectId:
                Take(ObjectId.ByteLength, "ObjectId");
                break;
            case BsonType.Boolean:
                ReadBooleanCore();
                break;
            case BsonType.String:
            case BsonType.JavaScript:
            case BsonType.Symbol:
                ReadStringBytes("string");
                break;
            case BsonType.Document:
            case BsonType.Array:
                ReadRawDocumentCore();
                break;
            case BsonType.Binary:
                ReadBinaryCore(out _);
                break;
            case BsonType.RegularExpression:
                ReadCStringBytes("regular expression pattern");
                ReadCStringBytes("regular expression options");
                break;
            case BsonType.DbPointer:
                ReadStringBytes("DBPointer namespace");
                Take(ObjectId.ByteLength, "DBPointer ObjectId");
                break;
            case BsonType.JavaScriptWithScope:
                SkipCodeWithScope();
                break;
        }

        _expect = ReaderExpectation.Element;
    }

    /// <summary>
    /// Returns the bytes of a whole document without decoding it: the next top-level document, the current element's
    /// document or array value, or a code-with-scope's scope. Only its envelope is checked.
    /// </summary>
    /// <returns>The encoded document, a slice of the input.</returns>
    public ReadOnlySpan<byte> ReadRawDocumentBytes()
    {
        var next = _expect switch
        {
            ReaderExpectation.TopLevel => ReaderExpectation.TopLevel,
            ReaderExpectation.Scope => ReaderExpectation.ScopeEnd,
            ReaderExpectation.Value when _currentType is BsonType.Document or BsonType.Array => ReaderExpectation.Element,
            _ => ThrowInvalidState<ReaderExpectation>(nameof(ReadRawDocumentBytes)),
        };
        var bytes = ReadRawDocumentCore();
        _expect = next;
        return bytes;
    }

    /// <summary>Reads the current element's value (of the given type) as a <see cref="BsonValue"/>.</summary>
    /// <param name="type">The element's type, as returned by <see cref="TryReadNextElement(out BsonType)"/>.</param>
    /// <returns>The value.</returns>
    public BsonValue ReadBsonValue(BsonType type)
    {
        switch (type)
        {
            case BsonType.Double:
                return BsonDouble.Create(ReadDouble());
            case BsonType.String:
                return BsonString.Create(ReadString());
            case BsonType.Document:
                return ReadBsonDocument();
            case BsonType.Array:
                return ReadBsonArray();
            case BsonType.Binary:
                var bytes = ReadBinaryData(out var subType);
                return BsonBinaryData.TakeOwnership(bytes.ToArray(), subType);
            case BsonType.Undefined:
                ReadUndefined();
                return BsonUndefined.Value;
            case BsonType.ObjectId:
                return new BsonObjectId(ReadObjectId());
            case BsonType.Boolean:
                return BsonBoolean.Create(ReadBoolean());
            case BsonType.DateTime:
                return new BsonDateTime(ReadDateTime());
            case BsonType.Null:
                ReadNull();
                return BsonNull.Value;
            case BsonType.RegularExpression:
                ReadRegularExpression(out var pattern, out var options);
                return new BsonRegularExpression(pattern, options);
            case BsonType.DbPointer:
                ReadDbPointer(out var @namespace, out var id);
                return new BsonDbPointer(@namespace, id);
            case BsonType.JavaScript:
                return new BsonJavaScript(ReadJavaScript());
            case BsonType.Symbol:
                return new BsonSymbol(ReadSymbol());
            case BsonType.JavaScriptWithScope:
                var code = ReadStartJavaScriptWithScope();
                var scope = ReadBsonDocument();
                ReadEndJavaScriptWithScope();
                return new BsonJavaScriptWithScope(code, scope);
            case BsonType.Int32:
                return BsonInt32.Create(ReadInt32());
            case BsonType.Timestamp:
                return new BsonTimestamp(ReadTimestamp());
            case BsonType.Int64:
                return BsonInt64.Create(ReadInt64());
            case BsonType.Decimal128:
                return new BsonDecimal128(ReadDecimal128());
            case BsonType.MinKey:
                ReadMinKey();
                return BsonMinKey.Value;
            case BsonType.MaxKey:
                ReadMaxKey();
                return BsonMaxKey.Value;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown BSON type.");
        }
    }

    /// <summary>
    /// Reads a whole document into a <see cref="BsonDocument"/>: the next top-level document, the current element's
    /// document value, or a code-with-scope's scope. Duplicate names are kept in order.
    /// </summary>
    /// <returns>The document.</returns>
    public BsonDocument ReadBsonDocument()
    {
        EnsureStack();
        ReadStartDocument();
        var inline = default(ElementScratch);
        Span<BsonElement> scratch = inline;
        BsonElement[]? rented = null;
        var count = 0;
        while (TryReadNextElement(out var type))
        {
            var name = ReadName();
            var value = ReadBsonValue(type);
            if (count == scratch.Length)
            {
                scratch = GrowScratch(scratch, ref rented);
            }

            scratch[count++] = new BsonElement(name, value);
        }

        ReadEndDocument();
        var elements = count == 0 ? [] : scratch[..count].ToArray();
        ReturnScratch(rented, count);
        return new BsonDocument(elements, count);
    }

    /// <summary>Reads the current element's array value into a <see cref="BsonArray"/> (element names are checked but ignored).</summary>
    /// <returns>The array.</returns>
    public BsonArray ReadBsonArray()
    {
        EnsureStack();
        ReadStartArray();
        var inline = default(ValueScratch);
        Span<BsonValue> scratch = inline;
        BsonValue[]? rented = null;
        var count = 0;
        while (TryReadNextElement(out var type))
        {
            SkipName();
            var value = ReadBsonValue(type);
            if (count == scratch.Length)
            {
                scratch = GrowScratch(scratch, ref rented);
            }

            scratch[count++] = value;
        }

        ReadEndArray();
        var items = count == 0 ? [] : scratch[..count].ToArray();
        ReturnScratch(rented, count);
        return new BsonArray(items, count);
    }

    /// <summary>
    /// Enters an already validated top-level document (the whole input: its length prefix, size and terminator were
    /// checked by the caller) and moves to the element at <paramref name="elementPosition"/>, which must be an element
    /// boundary found by an earlier pass. Skips re-validating the envelope, so resuming is cheap.
    /// </summary>
    /// <param name="elementPosition">The offset of an element's type byte, or of the terminator.</param>
    internal void EnterDocumentAt(int elementPosition)
    {
        if (_expect != ReaderExpectation.TopLevel || _position != 0)
        {
            ThrowInvalidState(nameof(EnterDocumentAt));
        }

        if (elementPosition < 4 || elementPosition > _data.Length - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(elementPosition), elementPosition, "Not an element boundary of the document.");
        }

        PushFrame(new ReaderFrame { Start = 0, End = _data.Length, NameStart = -1, Kind = ReaderFrameKind.Document });
        _documentDepth = 1;
        _limit = _data.Length - 1;
        _position = elementPosition;
        _expect = ReaderExpectation.Element;
    }

    /// <summary>Throws unless the whole input has been consumed by complete documents.</summary>
    internal readonly void VerifyAtEnd()
    {
        if (_frameCount != 0)
        {
            ThrowInvalidState(nameof(VerifyAtEnd));
        }

        if (_position != _data.Length)
        {
            ThrowMalformed($"{_data.Length - _position} bytes follow the end of the document", _position);
        }
    }

    private static bool IsKnownType(byte type) => type is (>= 0x01 and <= 0x13) or 0x7F or 0xFF;

    private static Span<T> GrowScratch<T>(Span<T> scratch, ref T[]? rented)
    {
        var next = ArrayPool<T>.Shared.Rent(scratch.Length * 2);
        scratch.CopyTo(next);
        ReturnScratch(rented, scratch.Length);
        rented = next;
        return next;
    }

    private static void ReturnScratch<T>(T[]? rented, int count)
    {
        if (rented is not null)
        {
            rented.AsSpan(0, Math.Min(count, rented.Length)).Clear();
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    [DoesNotReturn]
    private static void ThrowInvalidState(string operation) =>
        throw new InvalidOperationException($"{operation} cannot be called in the reader's current state.");

    [DoesNotReturn]
    private static T ThrowInvalidState<T>(string operation) =>
        throw new InvalidOperationException($"{operation} cannot be called in the reader's current state.");

    // The stack probe is a call into the runtime; it guarantees enough room for far more than StackCheckInterval
    // levels of this recursion, so it only runs every StackCheckInterval levels (including the first).
    private readonly void EnsureStack()
    {
        if ((_documentDepth & (StackCheckInterval - 1)) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ThrowMalformed("documents are nested too deeply for the available stack", _position);
        }
    }

    private void StartDocument(ReaderFrameKind kind)
    {
        var start = _position;
        var available = _limit - start;
        if (available < 4)
        {
            ThrowTruncated("document length", 4, start);
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(start, 4));
        if (length < BsonLimits.MinDocumentSize)
        {
            ThrowMalformed($"document length {length} is less than the minimum of {BsonLimits.MinDocumentSize}", start);
        }

        if (length > available)
        {
            ThrowMalformed($"document length {length} exceeds the remaining {available} bytes", start);
        }

        if (length > _maxDocumentSize)
        {
            ThrowMalformed($"document length {length} exceeds the maximum document size of {_maxDocumentSize}", start);
        }

        if (_documentDepth >= _maxDepth)
        {
            ThrowMalformed($"documents are nested deeper than the maximum depth of {_maxDepth}", start);
        }

        PushFrame(new ReaderFrame { Start = start, End = start + length, NameStart = -1, Kind = kind });
        _documentDepth++;
        _limit = start + length - 1;
        _position = start + 4;
        _expect = ReaderExpectation.Element;
    }

    private void EndDocument()
    {
        // _position == _limit here: TryReadNextElement only reports the end there, and every value read is bounded by it.
        if (_position != _limit)
        {
            ThrowInvalidState(nameof(ReadEndDocument));
        }

        if (_data[_limit] != 0)
        {
            ThrowMalformed("the document does not end with 0x00 at its declared length", _limit);
        }

        _position = _limit + 1;
        _documentDepth--;
        PopFrame();
    }

    private void PushFrame(ReaderFrame frame)
    {
        if (_frameCount > 0)
        {
            Frame(_frameCount - 1).NameStart = _nameStart;
            _nameStart = -1;
        }

        if (_frameCount >= InlineFrameCount)
        {
            var overflowIndex = _frameCount - InlineFrameCount;
            if (_moreFrames is null || overflowIndex == _moreFrames.Length)
            {
                Array.Resize(ref _moreFrames, Math.Max(16, overflowIndex * 2));
            }
        }

        _frameCount++;
        Frame(_frameCount - 1) = frame;
    }

    private void PopFrame()
    {
        _frameCount--;
        if (_frameCount == 0)
        {
            _limit = _data.Length;
            _expect = ReaderExpectation.TopLevel;
            _nameStart = -1;
            return;
        }

        var parent = Frame(_frameCount - 1);
        _nameStart = parent.NameStart;
        _limit = parent.ContentLimit;
        _expect = parent.Kind == ReaderFrameKind.JavaScriptWithScope ? ReaderExpectation.ScopeEnd : ReaderExpectation.Element;
    }

    [UnscopedRef]
    private ref ReaderFrame Frame(int index)
    {
        if (index < InlineFrameCount)
        {
            return ref _inlineFrames[index];
        }

        return ref _moreFrames![index - InlineFrameCount];
    }

    private readonly ReaderFrame FrameAt(int index) =>
        index < InlineFrameCount ? _inlineFrames[index] : _moreFrames![index - InlineFrameCount];

    private readonly void ExpectName()
    {
        if (_expect != ReaderExpectation.Name)
        {
            ThrowInvalidState("Reading an element name");
        }
    }

    private readonly void ExpectValue(BsonType type, string operation)
    {
        if (_expect != ReaderExpectation.Value || _currentType != type)
        {
            ThrowInvalidState(operation);
        }
    }

    private void ReadEmpty(BsonType type)
    {
        if (_expect != ReaderExpectation.Value || _currentType != type)
        {
            ThrowInvalidState("Reading a " + type + " value");
        }

        _expect = ReaderExpectation.Element;
    }

    private ReadOnlySpan<byte> Take(int count, string what)
    {
        if (_limit - _position < count)
        {
            ThrowTruncated(what, count, _position);
        }

        var bytes = _data.Slice(_position, count);
        _position += count;
        return bytes;
    }

    private bool ReadBooleanCore()
    {
        var start = _position;
        var value = Take(1, "boolean")[0];
        if (value > 1)
        {
            ThrowMalformed($"boolean byte 0x{value:X2} is neither 0x00 nor 0x01", start);
        }

        return value == 1;
    }

    private ReadOnlySpan<byte> ReadCStringBytes(string what)
    {
        var remaining = _data[_position.._limit];
        var terminator = remaining.IndexOf((byte)0);
        if (terminator < 0)
        {
            ThrowMalformed($"the {what} is not terminated by 0x00 before the end of the document", _position);
        }

        _position += terminator + 1;
        return remaining[..terminator];
    }

    private ReadOnlySpan<byte> ReadStringBytes(string what)
    {
        var start = _position;
        var available = _limit - start;
        if (available < 4)
        {
            ThrowTruncated($"{what} length", 4, start);
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(start, 4));
        if (length < 1)
        {
            ThrowMalformed($"{what} length {length} is less than 1 (the length includes the terminating 0x00)", start);
        }

        if (length > available - 4)
        {
            ThrowMalformed($"{what} length {length} exceeds the remaining {available - 4} bytes", start);
        }

        var end = start + 4 + length;
        if (_data[end - 1] != 0)
        {
            ThrowMalformed($"the {what} is not terminated by 0x00 at its declared length", end - 1);
        }

        _position = end;
        return _data.Slice(start + 4, length - 1);
    }

    private string ReadStringCore(string what)
    {
        var start = _position;
        var bytes = ReadStringBytes(what);
        return bytes.IsEmpty ? string.Empty : Decode(bytes, what, start);
    }

    private ReadOnlySpan<byte> ReadBinaryCore(out BsonBinarySubType subType)
    {
        var start = _position;
        var available = _limit - start;
        if (available < 5)
        {
            ThrowTruncated("binary length and subtype", 5, start);
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(start, 4));
        if (length < 0)
        {
            ThrowMalformed($"binary length {length} is negative", start);
        }

        if (length > available - 5)
        {
            ThrowMalformed($"binary length {length} exceeds the remaining {available - 5} bytes", start);
        }

        subType = (BsonBinarySubType)_data[start + 4];
        var bytes = _data.Slice(start + 5, length);
        if (subType == BsonBinarySubType.OldBinary)
        {
            if (length < 4)
            {
                ThrowMalformed($"binary subtype 2 length {length} is too short to hold its inner length", start);
            }

            var innerLength = BinaryPrimitives.ReadInt32LittleEndian(bytes);
            if (innerLength != length - 4)
            {
                ThrowMalformed($"binary subtype 2 inner length {innerLength} does not equal the outer length {length} minus 4", start + 5);
            }

            bytes = bytes[4..];
        }

        _position = start + 5 + length;
        return bytes;
    }

    private ReadOnlySpan<byte> ReadRawDocumentCore()
    {
        var start = _position;
        var available = _limit - start;
        if (available < 4)
        {
            ThrowTruncated("document length", 4, start);
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(start, 4));
        if (length < BsonLimits.MinDocumentSize)
        {
            ThrowMalformed($"document length {length} is less than the minimum of {BsonLimits.MinDocumentSize}", start);
        }

        if (length > available)
        {
            ThrowMalformed($"document length {length} exceeds the remaining {available} bytes", start);
        }

        if (length > _maxDocumentSize)
        {
            ThrowMalformed($"document length {length} exceeds the maximum document size of {_maxDocumentSize}", start);
        }

        if (_data[start + length - 1] != 0)
        {
            ThrowMalformed("the document does not end with 0x00 at its declared length", start + length - 1);
        }

        _position = start + length;
        return _data.Slice(start, length);
    }

    private void SkipCodeWithScope()
    {
        var start = _position;
        var available = _limit - start;
        if (available < 4)
        {
            ThrowTruncated("code-with-scope length", 4, start);
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(start, 4));
        if (length < MinCodeWithScopeSize || length > available)
        {
            ThrowMalformed($"code-with-scope length {length} is outside the valid range {MinCodeWithScopeSize} to {available}", start);
        }

        _position = start + length;
    }

    private readonly string Decode(ReadOnlySpan<byte> bytes, string what, int offset)
    {
        if (!Utf8Text.TryDecode(bytes, out var text))
        {
            ThrowMalformed($"the {what} is not valid UTF-8", offset);
        }

        return text;
    }

    [DoesNotReturn]
    private readonly void ThrowUnexpectedTypeByte(byte typeByte)
    {
        if (typeByte == 0)
        {
            ThrowMalformed("found the end-of-document byte 0x00 before the document's declared length was reached", _position);
        }

        ThrowMalformed($"unknown element type 0x{typeByte:X2}", _position);
    }

    [DoesNotReturn]
    private readonly void ThrowTruncated(string what, int needed, int offset) =>
        ThrowMalformed($"the {what} needs {needed} byte{(needed == 1 ? string.Empty : "s")} but only {Math.Max(0, _limit - offset)} remain in the document", offset);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowMalformed(string reason, int offset) =>
        throw new BsonSerializationException("Invalid BSON: " + reason, offset, BuildPath());

    private readonly string? BuildPath()
    {
        StringBuilder? builder = null;
        for (var i = 0; i < _frameCount; i++)
        {
            var frame = FrameAt(i);
            var nameStart = i == _frameCount - 1 ? _nameStart : frame.NameStart;
            if (frame.Kind == ReaderFrameKind.JavaScriptWithScope || nameStart < 0)
            {
                continue;
            }

            var nameBytes = _data[nameStart..];
            var terminator = nameBytes.IndexOf((byte)0);
            nameBytes = nameBytes[..(terminator < 0 ? Math.Min(nameBytes.Length, 64) : Math.Min(terminator, 256))];
            builder ??= new StringBuilder();
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(Utf8Text.Lenient.GetString(nameBytes));
        }

        return builder?.ToString();
    }

    [InlineArray(ScratchElementCount)]
    private struct ElementScratch
    {
        private BsonElement _first;
    }

    [InlineArray(ScratchElementCount)]
    private struct ValueScratch
    {
        private BsonValue _first;
    }
}
