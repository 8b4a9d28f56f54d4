using System.Buffers.Binary;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Driver.Core.WireProtocol;

/// <summary>
/// An OP_MSG kind-1 section: an identifier (e.g. <c>documents</c>, <c>updates</c>, <c>deletes</c>) and encoded
/// documents stored back to back in a pooled buffer.
/// </summary>
internal sealed class DocumentSequence : IDisposable
{
    private readonly PooledBufferWriter _buffer;
    private readonly List<int> _offsets = [];

    /// <summary>Creates an empty sequence.</summary>
    /// <param name="identifier">The command field the documents belong to.</param>
    public DocumentSequence(string identifier)
    {
        ArgumentException.ThrowIfNullOrEmpty(identifier);
        Identifier = identifier;
        _buffer = new PooledBufferWriter(1024);
    }

    /// <summary>Gets the identifier.</summary>
    public string Identifier { get; }

    /// <summary>Gets the number of documents.</summary>
    public int Count => _offsets.Count;

    /// <summary>Gets the documents, back to back.</summary>
    public ReadOnlySpan<byte> Payload => _buffer.WrittenSpan;

    /// <summary>Gets the encoded size of the section: kind byte, size, identifier and documents.</summary>
    public int SectionSize => 1 + sizeof(int) + System.Text.Encoding.UTF8.GetByteCount(Identifier) + 1 + _buffer.WrittenCount;

    /// <summary>Appends an encoded document.</summary>
    /// <param name="document">The document bytes.</param>
    public void Add(ReadOnlySpan<byte> document)
    {
        _offsets.Add(_buffer.WrittenCount);
        document.CopyTo(_buffer.GetSpan(document.Length));
        _buffer.Advance(document.Length);
    }

    /// <summary>Returns the bytes of the document at <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> GetDocument(int index)
    {
        var start = _offsets[index];
        var length = BinaryPrimitives.ReadInt32LittleEndian(_buffer.WrittenSpan[start..]);
        return _buffer.WrittenSpan.Slice(start, length);
    }

    /// <summary>Decodes the documents into an array (for command monitoring, which shows sequences as arrays).</summary>
    public BsonArray ToBsonArray()
    {
        var array = new BsonArray(Count);
        for (var i = 0; i < Count; i++)
        {
            array.Add(BsonDocument.FromBson(GetDocument(i)));
        }

        return array;
    }

    /// <inheritdoc />
    public void Dispose() => _buffer.Dispose();
}
