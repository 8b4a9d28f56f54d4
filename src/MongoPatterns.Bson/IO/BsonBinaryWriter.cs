using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace MongoPatterns.Bson.IO;

/// <summary>
/// A streaming BSON encoder that writes straight into a <see cref="PooledBufferWriter"/>.
/// </summary>
/// <remarks>
/// <para>
/// Call <see cref="WriteStartDocument"/>, then for each element <see cref="WriteName(string)"/> followed by one value
/// call (<see cref="WriteInt32"/>, <see cref="WriteString"/>, <see cref="WriteStartDocument"/>, ...), then
/// <see cref="WriteEndDocument"/>; lengths are back-patched. Inside arrays the names "0", "1", ... are generated, so
/// value calls come without <see cref="WriteName(string)"/>. Several top-level documents may be written one after
/// another, and the buffer may already hold other bytes (e.g. a message header): positions are absolute.
/// </para>
/// <para>
/// Every document (embedded ones included) is checked against <see cref="BsonWriterSettings.MaxDocumentSize"/> and the
/// nesting against <see cref="BsonWriterSettings.MaxDepth"/>; names with '\0' and strings with lone surrogates are
/// rejected. Those problems raise <see cref="BsonSerializationException"/>; calls out of order raise
/// <see cref="InvalidOperationException"/>. Not thread-safe.
/// </para>
/// </remarks>
public sealed class BsonBinaryWriter : IDisposable
{
    private const int NoPendingName = -1;

    // Strings up to this many chars are encoded into a worst-case-sized span without counting bytes first.
    private const int DirectEncodeLimit = 4096;

    private readonly bool _ownsBuffer;
    private readonly int _maxDocumentSize;
    private readonly int _maxDepth;
    private WriterFrame[] _frames = new WriterFrame[8];
    private int _frameCount;
    private int _documentDepth;
    private int _typePosition = NoPendingName;

    /// <summary>Creates a writer over a new buffer that it owns (disposing the writer returns the buffer).</summary>
    /// <param name="settings">Limits; <see cref="BsonWriterSettings.Default"/> when null.</param>
    public BsonBinaryWriter(BsonWriterSettings? settings = null)
        : this(new PooledBufferWriter(), settings)
    {
        _ownsBuffer = true;
    }

    /// <summary>Creates a writer that appends to <paramref name="buffer"/> (which the caller keeps owning).</summary>
    /// <param name="buffer">The destination buffer; writing starts at its current end.</param>
    /// <param name="settings">Limits; <see cref="BsonWriterSettings.Default"/> when null.</param>
    public BsonBinaryWriter(PooledBufferWriter buffer, BsonWriterSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        Buffer = buffer;
        settings ??= BsonWriterSettings.Default;
        _maxDocumentSize = settings.MaxDocumentSize;
        _maxDepth = settings.MaxDepth;
    }

    /// <summary>Gets the buffer being written to.</summary>
    public PooledBufferWriter Buffer { get; }

    /// <summary>Gets the current nesting depth (0 outside any document; the top-level document is 1).</summary>
    public int Depth => _documentDepth;

    /// <summary>Gets whether no document is open, i.e. a new top-level document may start.</summary>
    public bool IsAtTopLevel => _frameCount == 0;

    /// <summary>Starts a document: a top-level one, an embedded one (after a name or inside an array), or the scope of a code-with-scope.</summary>
    public void WriteStartDocument()
    {
        var kind = WriterFrameKind.Document;
        if (_frameCount > 0)
        {
            ref var top = ref _frames[_frameCount - 1];
            if (top.Kind == WriterFrameKind.JavaScriptWithScope)
            {
                if (top.ScopeWritten)
                {
                    ThrowInvalidState("The code-with-scope already has its scope; call WriteEndJavaScriptWithScope.");
                }

                kind = WriterFrameKind.ScopeDocument;
            }
            else
            {
                BeginValue(BsonType.Document);
            }
        }

        PushDocument(kind);
    }

    /// <summary>Ends the innermost document, writing its terminator and back-patching its length.</summary>
    public void WriteEndDocument()
    {
        if (_frameCount == 0 || _frames[_frameCount - 1].Kind is not (WriterFrameKind.Document or WriterFrameKind.ScopeDocument))
        {
            ThrowInvalidState("WriteEndDocument must close a document opened with WriteStartDocument.");
        }

        PopDocument();
    }

    /// <summary>Starts an array value (after a name, or inside another array).</summary>
    public void WriteStartArray()
    {
        BeginValue(BsonType.Array);
        PushDocument(WriterFrameKind.Array);
    }

    /// <summary>Ends the innermost array.</summary>
    public void WriteEndArray()
    {
        if (_frameCount == 0 || _frames[_frameCount - 1].Kind != WriterFrameKind.Array)
        {
            ThrowInvalidState("WriteEndArray must close an array opened with WriteStartArray.");
        }

        PopDocument();
    }

    /// <summary>Writes the name of the next element of the current document.</summary>
    /// <param name="name">The name; must not contain '\0'.</param>
    /// <exception cref="BsonSerializationException">The name contains '\0' or a lone surrogate.</exception>
    public void WriteName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        EnsureNameExpected();

        // Type placeholder, name, terminator; the type byte is patched by the value call that follows.
        var span = Buffer.GetSpan((name.Length * 3) + 2);
        var length = EncodeName(name, span[1..]);
        if (length < 0)
        {
            ThrowSerialization(
                name.Contains('\0', StringComparison.Ordinal)
                    ? "An element name must not contain '\\0'"
                    : "The element name is not valid UTF-16 (it has a lone surrogate)",
                Buffer.WrittenCount,
                badName: name);
        }

        span[0] = 0;
        span[length + 1] = 0;
        _typePosition = Buffer.WrittenCount;
        _frames[_frameCount - 1].NamePosition = _typePosition + 1;
        Buffer.Advance(length + 2);
    }

    /// <summary>Writes the name of the next element from its UTF-8 bytes (e.g. a cached, pre-encoded name).</summary>
    /// <param name="utf8Name">The UTF-8 name without terminator; must not contain 0x00.</param>
    /// <exception cref="BsonSerializationException">The name contains 0x00 or is not valid UTF-8.</exception>
    public void WriteName(ReadOnlySpan<byte> utf8Name)
    {
        EnsureNameExpected();
        if (utf8Name.Contains((byte)0))
        {
            ThrowSerialization("An element name must not contain '\\0'", Buffer.WrittenCount, badName: Utf8Text.Lenient.GetString(utf8Name));
        }

        if (!Utf8.IsValid(utf8Name))
        {
            ThrowSerialization("The element name is not valid UTF-8", Buffer.WrittenCount, badName: Utf8Text.Lenient.GetString(utf8Name));
        }

        var span = Buffer.GetSpan(utf8Name.Length + 2);
        span[0] = 0;
        utf8Name.CopyTo(span[1..]);
        span[utf8Name.Length + 1] = 0;
        _typePosition = Buffer.WrittenCount;
        _frames[_frameCount - 1].NamePosition = _typePosition + 1;
        Buffer.Advance(utf8Name.Length + 2);
    }

    /// <summary>Writes a double.</summary>
    /// <param name="value">The value.</param>
    public void WriteDouble(double value)
    {
        BeginValue(BsonType.Double);
        BinaryPrimitives.WriteDoubleLittleEndian(Buffer.GetSpan(8), value);
        Buffer.Advance(8);
    }

    /// <summary>Writes a string.</summary>
    /// <param name="value">The value (may contain '\0').</param>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        BeginValue(BsonType.String);
        WriteStringPayload(value);
    }

    /// <summary>Writes binary data. Subtype 2 (old binary) gets its inner length prefix added.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="subType">The subtype.</param>
    public void WriteBinaryData(ReadOnlySpan<byte> bytes, BsonBinarySubType subType)
    {
        BeginValue(BsonType.Binary);
        var oldBinary = subType == BsonBinarySubType.OldBinary;
        var header = oldBinary ? 9 : 5;
        if (bytes.Length > int.MaxValue - header)
        {
            ThrowSerialization("The binary data is too large");
        }

        var span = Buffer.GetSpan(header + bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span, oldBinary ? bytes.Length + 4 : bytes.Length);
        span[4] = (byte)subType;
        if (oldBinary)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[5..], bytes.Length);
        }

        bytes.CopyTo(span[header..]);
        Buffer.Advance(header + bytes.Length);
    }

    /// <summary>Writes the deprecated undefined value.</summary>
    public void WriteUndefined() => BeginValue(BsonType.Undefined);

    /// <summary>Writes an ObjectId.</summary>
    /// <param name="value">The value.</param>
    public void WriteObjectId(ObjectId value)
    {
        BeginValue(BsonType.ObjectId);
        value.WriteTo(Buffer.GetSpan(ObjectId.ByteLength));
        Buffer.Advance(ObjectId.ByteLength);
    }

    /// <summary>Writes a boolean.</summary>
    /// <param name="value">The value.</param>
    public void WriteBoolean(bool value)
    {
        BeginValue(BsonType.Boolean);
        Buffer.WriteByte(value ? (byte)1 : (byte)0);
    }

    /// <summary>Writes a UTC datetime.</summary>
    /// <param name="millisecondsSinceEpoch">Milliseconds since the Unix epoch.</param>
    public void WriteDateTime(long millisecondsSinceEpoch)
    {
        BeginValue(BsonType.DateTime);
        WriteInt64Payload(millisecondsSinceEpoch);
    }

    /// <summary>Writes null.</summary>
    public void WriteNull() => BeginValue(BsonType.Null);

    /// <summary>Writes a regular expression; the options are written sorted alphabetically.</summary>
    /// <param name="pattern">The pattern; must not contain '\0'.</param>
    /// <param name="options">The option letters; must not contain '\0'.</param>
    public void WriteRegularExpression(string pattern, string options)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(options);
        BeginValue(BsonType.RegularExpression);
        WriteCString(pattern, "regular expression pattern");
        WriteCString(BsonRegularExpression.SortOptions(options), "regular expression options");
    }

    /// <summary>Writes a deprecated DBPointer.</summary>
    /// <param name="namespace">The namespace.</param>
    /// <param name="id">The ObjectId.</param>
    public void WriteDbPointer(string @namespace, ObjectId id)
    {
        ArgumentNullException.ThrowIfNull(@namespace);
        BeginValue(BsonType.DbPointer);
        WriteStringPayload(@namespace);
        id.WriteTo(Buffer.GetSpan(ObjectId.ByteLength));
        Buffer.Advance(ObjectId.ByteLength);
    }

    /// <summary>Writes JavaScript code.</summary>
    /// <param name="code">The code.</param>
    public void WriteJavaScript(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        BeginValue(BsonType.JavaScript);
        WriteStringPayload(code);
    }

    /// <summary>Writes a deprecated symbol.</summary>
    /// <param name="name">The symbol text.</param>
    public void WriteSymbol(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        BeginValue(BsonType.Symbol);
        WriteStringPayload(name);
    }

    /// <summary>
    /// Starts a code-with-scope value and writes its code; then write the scope with <see cref="WriteStartDocument"/>
    /// ... <see cref="WriteEndDocument"/> (or <see cref="WriteRawDocument"/>) and finish with
    /// <see cref="WriteEndJavaScriptWithScope"/>.
    /// </summary>
    /// <param name="code">The code.</param>
    public void WriteStartJavaScriptWithScope(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        BeginValue(BsonType.JavaScriptWithScope);
        var start = Buffer.WrittenCount;
        Buffer.Advance(WriteInt32Placeholder());
        PushFrame(new WriterFrame { Start = start, Kind = WriterFrameKind.JavaScriptWithScope, NamePosition = -1 });
        WriteStringPayload(code);
    }

    /// <summary>Ends a code-with-scope value, back-patching its total length.</summary>
    public void WriteEndJavaScriptWithScope()
    {
        if (_frameCount == 0 || _frames[_frameCount - 1].Kind != WriterFrameKind.JavaScriptWithScope || !_frames[_frameCount - 1].ScopeWritten)
        {
            ThrowInvalidState("WriteEndJavaScriptWithScope must follow WriteStartJavaScriptWithScope and the scope document.");
        }

        var start = _frames[_frameCount - 1].Start;
        Buffer.WriteInt32LittleEndianAt(start, Buffer.WrittenCount - start);
        _frames[--_frameCount] = default;
    }

    /// <summary>Writes a 32-bit integer.</summary>
    /// <param name="value">The value.</param>
    public void WriteInt32(int value)
    {
        BeginValue(BsonType.Int32);
        BinaryPrimitives.WriteInt32LittleEndian(Buffer.GetSpan(4), value);
        Buffer.Advance(4);
    }

    /// <summary>Writes a timestamp.</summary>
    /// <param name="value">The raw 64-bit value (seconds in the high half, increment in the low half).</param>
    public void WriteTimestamp(ulong value)
    {
        BeginValue(BsonType.Timestamp);
        BinaryPrimitives.WriteUInt64LittleEndian(Buffer.GetSpan(8), value);
        Buffer.Advance(8);
    }

    /// <summary>Writes a 64-bit integer.</summary>
    /// <param name="value">The value.</param>
    public void WriteInt64(long value)
    {
        BeginValue(BsonType.Int64);
        WriteInt64Payload(value);
    }

    /// <summary>Writes a decimal128 (low 64 bits first, each little-endian).</summary>
    /// <param name="value">The value.</param>
    public void WriteDecimal128(Decimal128 value)
    {
        BeginValue(BsonType.Decimal128);
        var span = Buffer.GetSpan(16);
        BinaryPrimitives.WriteUInt64LittleEndian(span, value.LowBits);
        BinaryPrimitives.WriteUInt64LittleEndian(span[8..], value.HighBits);
        Buffer.Advance(16);
    }

    /// <summary>Writes MinKey.</summary>
    public void WriteMinKey() => BeginValue(BsonType.MinKey);

    /// <summary>Writes MaxKey.</summary>
    public void WriteMaxKey() => BeginValue(BsonType.MaxKey);

    /// <summary>
    /// Writes an already-encoded document: as a top-level document, as an element value, or as the scope of a
    /// code-with-scope. Only its envelope (length prefix and terminator) is checked.
    /// </summary>
    /// <param name="document">The encoded document.</param>
    /// <exception cref="BsonSerializationException">The envelope is inconsistent or the document is too large.</exception>
    public void WriteRawDocument(ReadOnlySpan<byte> document)
    {
        if (document.Length < BsonLimits.MinDocumentSize
            || BinaryPrimitives.ReadInt32LittleEndian(document) != document.Length
            || document[^1] != 0)
        {
            ThrowSerialization("The raw document's length prefix does not match its size, or it does not end with 0x00");
        }

        if (document.Length > _maxDocumentSize)
        {
            ThrowSerialization($"The raw document's size {document.Length} exceeds the maximum document size of {_maxDocumentSize}");
        }

        if (_frameCount > 0)
        {
            ref var top = ref _frames[_frameCount - 1];
            if (top.Kind == WriterFrameKind.JavaScriptWithScope)
            {
                if (top.ScopeWritten)
                {
                    ThrowInvalidState("The code-with-scope already has its scope; call WriteEndJavaScriptWithScope.");
                }

                top.ScopeWritten = true;
            }
            else
            {
                BeginValue(BsonType.Document);
            }
        }

        document.CopyTo(Buffer.GetSpan(document.Length));
        Buffer.Advance(document.Length);
    }

    /// <summary>
    /// Appends already-encoded elements (type byte, name, value; no length prefix or terminator) to the current document.
    /// Their encoding is not checked.
    /// </summary>
    /// <param name="elements">The encoded elements.</param>
    public void WriteRawElements(ReadOnlySpan<byte> elements)
    {
        if (_frameCount == 0 || _typePosition != NoPendingName
            || _frames[_frameCount - 1].Kind is not (WriterFrameKind.Document or WriterFrameKind.ScopeDocument))
        {
            ThrowInvalidState("Raw elements can only be written inside a document, between elements.");
        }

        elements.CopyTo(Buffer.GetSpan(elements.Length));
        Buffer.Advance(elements.Length);
    }

    /// <summary>
    /// Writes any value: after a name or inside an array as an element value; a <see cref="BsonDocument"/> may also be
    /// written as a top-level document (or as the scope of a code-with-scope).
    /// </summary>
    /// <param name="value">The value.</param>
    public void WriteValue(BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value.BsonType)
        {
            case BsonType.Double:
                WriteDouble(((BsonDouble)value).Value);
                break;
            case BsonType.String:
                WriteString(((BsonString)value).Value);
                break;
            case BsonType.Document:
                WriteStartDocument();
                foreach (var element in ((BsonDocument)value).ElementSpan)
                {
                    WriteName(element.Name);
                    WriteValue(element.Value);
                }

                WriteEndDocument();
                break;
            case BsonType.Array:
                WriteStartArray();
                foreach (var item in ((BsonArray)value).ItemSpan)
                {
                    WriteValue(item);
                }

                WriteEndArray();
                break;
            case BsonType.Binary:
                var binary = (BsonBinaryData)value;
                WriteBinaryData(binary.Span, binary.SubType);
                break;
            case BsonType.Undefined:
                WriteUndefined();
                break;
            case BsonType.ObjectId:
                WriteObjectId(((BsonObjectId)value).Value);
                break;
            case BsonType.Boolean:
                WriteBoolean(((BsonBoolean)value).Value);
                break;
            case BsonType.DateTime:
                WriteDateTime(((BsonDateTime)value).MillisecondsSinceEpoch);
                break;
            case BsonType.Null:
                WriteNull();
                break;
            case BsonType.RegularExpression:
                var regex = (BsonRegularExpression)value;
                WriteRegularExpression(regex.Pattern, regex.Options);
                break;
            case BsonType.DbPointer:
                var pointer = (BsonDbPointer)value;
                WriteDbPointer(pointer.Namespace, pointer.Id);
                break;
            case BsonType.JavaScript:
                WriteJavaScript(((BsonJavaScript)value).Code);
                break;
            case BsonType.Symbol:
                WriteSymbol(((BsonSymbol)value).Name);
                break;
            case BsonType.JavaScriptWithScope:
                var code = (BsonJavaScriptWithScope)value;
                WriteStartJavaScriptWithScope(code.Code);
                WriteValue(code.Scope);
                WriteEndJavaScriptWithScope();
                break;
            case BsonType.Int32:
                WriteInt32(((BsonInt32)value).Value);
                break;
            case BsonType.Timestamp:
                WriteTimestamp(((BsonTimestamp)value).Value);
                break;
            case BsonType.Int64:
                WriteInt64(((BsonInt64)value).Value);
                break;
            case BsonType.Decimal128:
                WriteDecimal128(((BsonDecimal128)value).Value);
                break;
            case BsonType.MinKey:
                WriteMinKey();
                break;
            case BsonType.MaxKey:
                WriteMaxKey();
                break;
            default:
                throw new ArgumentException($"Unknown BSON type {value.BsonType}.", nameof(value));
        }
    }

    /// <summary>Disposes the buffer if this writer created it.</summary>
    public void Dispose()
    {
        if (_ownsBuffer)
        {
            Buffer.Dispose();
        }
    }

    private void EnsureNameExpected()
    {
        if (_frameCount == 0)
        {
            ThrowInvalidState("WriteName needs an open document; call WriteStartDocument first.");
        }

        var kind = _frames[_frameCount - 1].Kind;
        if (kind is not (WriterFrameKind.Document or WriterFrameKind.ScopeDocument))
        {
            ThrowInvalidState(kind == WriterFrameKind.Array
                ? "Array element names are generated; write the values without WriteName."
                : "A code-with-scope expects its scope document, not a name.");
        }

        if (_typePosition != NoPendingName)
        {
            ThrowInvalidState("WriteName was called twice; write a value for the previous name first.");
        }
    }

    private void BeginValue(BsonType type)
    {
        if (_typePosition != NoPendingName)
        {
            Buffer.WriteByteAt(_typePosition, (byte)type);
            _typePosition = NoPendingName;
            return;
        }

        if (_frameCount > 0 && _frames[_frameCount - 1].Kind == WriterFrameKind.Array)
        {
            ref var frame = ref _frames[_frameCount - 1];
            Buffer.WriteByte((byte)type);
            var span = Buffer.GetSpan(12);
            frame.NextIndex.TryFormat(span, out var length, default, CultureInfo.InvariantCulture);
            span[length] = 0;
            Buffer.Advance(length + 1);
            frame.NextIndex++;
            return;
        }

        ThrowInvalidState(_frameCount == 0
            ? "A value needs an open document; call WriteStartDocument first."
            : "A value inside a document needs a name; call WriteName first.");
    }

    private void PushDocument(WriterFrameKind kind)
    {
        if (_documentDepth >= _maxDepth)
        {
            ThrowSerialization($"Documents are nested deeper than the maximum depth of {_maxDepth}");
        }

        var start = Buffer.WrittenCount;
        Buffer.Advance(WriteInt32Placeholder());
        PushFrame(new WriterFrame { Start = start, Kind = kind, NamePosition = -1 });
        _documentDepth++;
    }

    private void PopDocument()
    {
        if (_typePosition != NoPendingName)
        {
            ThrowInvalidState("An element name was written without a value.");
        }

        Buffer.WriteByte(0);
        var frame = _frames[_frameCount - 1];
        var size = Buffer.WrittenCount - frame.Start;
        if (size > _maxDocumentSize)
        {
            ThrowSerialization($"The document size {size} exceeds the maximum document size of {_maxDocumentSize}", frame.Start, includeCurrentName: false);
        }

        Buffer.WriteInt32LittleEndianAt(frame.Start, size);
        _frames[--_frameCount] = default;
        _documentDepth--;
        if (frame.Kind == WriterFrameKind.ScopeDocument)
        {
            _frames[_frameCount - 1].ScopeWritten = true;
        }
    }

    private void PushFrame(WriterFrame frame)
    {
        if (_frameCount == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        _frames[_frameCount++] = frame;
    }

    private int WriteInt32Placeholder()
    {
        Buffer.GetSpan(4)[..4].Clear();
        return 4;
    }

    private void WriteInt64Payload(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(Buffer.GetSpan(8), value);
        Buffer.Advance(8);
    }

    private void WriteStringPayload(string value)
    {
        int maxBytes;
        if (value.Length <= DirectEncodeLimit)
        {
            maxBytes = value.Length * 3;
        }
        else
        {
            maxBytes = Utf8Text.TryGetByteCount(value);
            if (maxBytes < 0)
            {
                ThrowSerialization("The string is not valid UTF-16 (it has a lone surrogate)");
            }

            if (maxBytes > _maxDocumentSize)
            {
                ThrowSerialization($"The string's {maxBytes} UTF-8 bytes exceed the maximum document size of {_maxDocumentSize}");
            }
        }

        var span = Buffer.GetSpan(maxBytes + 5);
        var length = EncodeString(value, span[4..]);
        if (length < 0)
        {
            ThrowSerialization("The string is not valid UTF-16 (it has a lone surrogate)");
        }

        BinaryPrimitives.WriteInt32LittleEndian(span, length + 1);
        span[4 + length] = 0;
        Buffer.Advance(length + 5);
    }

    private void WriteCString(string value, string what)
    {
        if (value.AsSpan().Contains('\0'))
        {
            ThrowSerialization($"A {what} must not contain '\\0'");
        }

        var span = Buffer.GetSpan((value.Length * 3) + 1);
        var length = Utf8Text.TryEncode(value, span);
        if (length < 0)
        {
            ThrowSerialization($"The {what} is not valid UTF-16 (it has a lone surrogate)");
        }

        span[length] = 0;
        Buffer.Advance(length + 1);
    }

    [DoesNotReturn]
    private static void ThrowInvalidState(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    private void ThrowSerialization(string reason) => ThrowSerialization(reason, Buffer.WrittenCount);

    [DoesNotReturn]
    private void ThrowSerialization(string reason, long offset, bool includeCurrentName = true, string? badName = null) =>
        throw new BsonSerializationException(reason, offset, BuildPath(includeCurrentName, badName));

    private string? BuildPath(bool includeCurrentName, string? badName)
    {
        var builder = new StringBuilder();
        var frameCount = includeCurrentName ? _frameCount : _frameCount - 1;
        for (var i = 0; i < frameCount; i++)
        {
            var frame = _frames[i];
            var isInnermost = i == frameCount - 1;
            string? name = frame.Kind switch
            {
                WriterFrameKind.Array => frame.NextIndex > 0 ? (frame.NextIndex - 1).ToString(CultureInfo.InvariantCulture) : null,
                WriterFrameKind.JavaScriptWithScope => null,
                _ when isInnermost && badName is not null => badName,
                _ => frame.NamePosition >= 0 ? ReadWrittenName(frame.NamePosition) : null,
            };
            if (name is null)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(name);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private string ReadWrittenName(int position)
    {
        var bytes = Buffer.WrittenSpan[position..];
        var terminator = bytes.IndexOf((byte)0);
        return Utf8Text.Lenient.GetString(terminator < 0 ? bytes : bytes[..terminator]);
    }

    // Encodes text as UTF-8 (-1 for lone surrogates): the ASCII prefix with the vectorized ASCII transcoder, the rest strictly.
    private static int EncodeString(string value, Span<byte> destination)
    {
        if (Ascii.FromUtf16(value, destination, out var asciiLength) == OperationStatus.Done)
        {
            return asciiLength;
        }

        var rest = Utf8Text.TryEncode(value.AsSpan(asciiLength), destination[asciiLength..]);
        return rest < 0 ? -1 : asciiLength + rest;
    }

    // Encodes a name as UTF-8; -1 when it contains '\0' or a lone surrogate. Short ASCII names, the common case,
    // take a single pass without calls.
    private static int EncodeName(string name, Span<byte> destination)
    {
        if (name.Length <= 64)
        {
            var i = 0;
            for (; i < name.Length; i++)
            {
                var c = name[i];
                if (c - 1u >= 0x7Fu)
                {
                    break;
                }

                destination[i] = (byte)c;
            }

            if (i == name.Length)
            {
                return i;
            }
        }

        return name.Contains('\0', StringComparison.Ordinal) ? -1 : Utf8Text.TryEncode(name, destination);
    }
}
