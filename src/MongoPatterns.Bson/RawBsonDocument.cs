using System.Buffers.Binary;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson;

/// <summary>
/// A lazy, read-only view of an encoded BSON document: fields are found by scanning the bytes, and only the values
/// asked for are decoded.
/// </summary>
/// <remarks>
/// The constructor checks the envelope (length prefix, terminator, size limit); the elements are checked as they are
/// scanned, so a malformed element raises <see cref="BsonSerializationException"/> when a lookup or the enumeration
/// reaches it. Values that are documents or arrays are returned fully decoded as <see cref="BsonDocument"/> and
/// <see cref="BsonArray"/>. The bytes must not change while the view is used. Thread-safe for reading.
/// </remarks>
public sealed class RawBsonDocument : IEnumerable<BsonElement>
{
    private const int StackNameLimit = 128;

    private readonly BsonReaderSettings _settings;
    private int _elementCount = -1;

    /// <summary>Creates a view over an encoded document.</summary>
    /// <param name="bytes">Exactly one encoded document.</param>
    /// <param name="settings">Limits; <see cref="BsonReaderSettings.Default"/> when null.</param>
    /// <exception cref="BsonSerializationException">The length prefix does not match, the terminator is missing, or the document is too large.</exception>
    public RawBsonDocument(ReadOnlyMemory<byte> bytes, BsonReaderSettings? settings = null)
    {
        _settings = settings ?? BsonReaderSettings.Default;
        var span = bytes.Span;
        if (span.Length < 5)
        {
            throw new BsonSerializationException($"Invalid BSON: a document needs at least 5 bytes but {span.Length} were given", 0, null);
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(span);
        if (length != span.Length)
        {
            throw new BsonSerializationException($"Invalid BSON: document length {length} does not match the {span.Length} bytes given", 0, null);
        }

        if (length > _settings.MaxDocumentSize)
        {
            throw new BsonSerializationException(
                $"Invalid BSON: document length {length} exceeds the maximum document size of {_settings.MaxDocumentSize}", 0, null);
        }

        if (span[^1] != 0)
        {
            throw new BsonSerializationException("Invalid BSON: the document does not end with 0x00", length - 1, null);
        }

        Bytes = bytes;
    }

    /// <summary>Gets the encoded document.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>Gets the number of elements (counted by one scan on first use).</summary>
    public int ElementCount
    {
        get
        {
            if (_elementCount < 0)
            {
                _elementCount = CountElements();
            }

            return _elementCount;
        }
    }

    /// <summary>Gets the value of the first element named <paramref name="name"/>.</summary>
    /// <param name="name">The element name.</param>
    /// <exception cref="KeyNotFoundException">There is no such element.</exception>
    public BsonValue this[string name]
    {
        get
        {
            if (!TryGetValue(name, out var value))
            {
                BsonThrowHelper.ThrowKeyNotFound(name);
            }

            return value;
        }
    }

    /// <summary>Creates a view of the encoding of <paramref name="document"/>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The view.</returns>
    public static RawBsonDocument FromBsonDocument(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new RawBsonDocument(document.ToBson());
    }

    /// <summary>Finds the first element named <paramref name="name"/> and decodes just its value.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetValue(string name, [MaybeNullWhen(false)] out BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var reader = new BsonBinaryReader(Bytes.Span, _settings);
        if (!Seek(ref reader, name, out var type))
        {
            value = null;
            return false;
        }

        value = reader.ReadBsonValue(type);
        return true;
    }

    /// <summary>Gets whether an element named <paramref name="name"/> exists.</summary>
    /// <param name="name">The element name.</param>
    /// <returns>Whether it exists.</returns>
    public bool Contains(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var reader = new BsonBinaryReader(Bytes.Span, _settings);
        return Seek(ref reader, name, out _);
    }

    /// <summary>Decodes the whole document.</summary>
    /// <returns>The document.</returns>
    public BsonDocument ToBsonDocument() => BsonDocument.FromBson(Bytes.Span, _settings);

    /// <summary>Enumerates the elements, decoding one at a time.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<BsonElement> GetEnumerator()
    {
        var position = 4;
        while (TryReadElementAt(ref position, out var element))
        {
            yield return element;
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns the relaxed-JSON-like form of the decoded document.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToBsonDocument().ToString();

    private bool TryReadElementAt(ref int position, out BsonElement element)
    {
        var reader = new BsonBinaryReader(Bytes.Span, _settings);
        reader.EnterDocumentAt(position);
        if (!reader.TryReadNextElement(out var type))
        {
            reader.ReadEndDocument();
            element = default;
            return false;
        }

        var name = reader.ReadName();
        element = new BsonElement(name, reader.ReadBsonValue(type));
        position = reader.Position;
        return true;
    }

    private int CountElements()
    {
        var reader = new BsonBinaryReader(Bytes.Span, _settings);
        reader.ReadStartDocument();
        var count = 0;
        while (reader.TryReadNextElement(out var type))
        {
            reader.SkipName();
            reader.SkipValue(type);
            count++;
        }

        reader.ReadEndDocument();
        return count;
    }

    private static bool Seek(ref BsonBinaryReader reader, string name, out BsonType type)
    {
        byte[]? rented = null;
        var maxBytes = name.Length * 3;
        Span<byte> utf8 = maxBytes <= StackNameLimit ? stackalloc byte[StackNameLimit] : (rented = new byte[maxBytes]);
        var length = Utf8Text.TryEncode(name, utf8);
        if (length < 0)
        {
            // A name with lone surrogates cannot be stored in BSON, so it is not in the document.
            type = default;
            return false;
        }

        ReadOnlySpan<byte> target = utf8[..length];
        reader.ReadStartDocument();
        while (reader.TryReadNextElement(out type))
        {
            if (reader.ReadNameSpan().SequenceEqual(target))
            {
                return true;
            }

            reader.SkipValue(type);
        }

        reader.ReadEndDocument();
        GC.KeepAlive(rented);
        return false;
    }
}
