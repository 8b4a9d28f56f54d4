using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Cursors;

/// <summary>One result document: either stored bytes (copied into replies as they are) or a document to encode.</summary>
internal readonly struct CursorItem
{
    private CursorItem(byte[]? bytes, BsonDocument? document)
    {
        Bytes = bytes;
        Document = document;
    }

    /// <summary>Gets the encoded document, when available without encoding.</summary>
    public byte[]? Bytes { get; }

    /// <summary>Gets the document, when the result was computed (projection, aggregation).</summary>
    public BsonDocument? Document { get; }

    /// <summary>Wraps stored bytes.</summary>
    /// <param name="bytes">The BSON bytes.</param>
    /// <returns>The item.</returns>
    public static CursorItem FromBytes(byte[] bytes) => new(bytes, null);

    /// <summary>Wraps a computed document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The item.</returns>
    public static CursorItem FromDocument(BsonDocument document) => new(null, document);

    /// <summary>Returns the encoded bytes.</summary>
    /// <returns>The BSON bytes.</returns>
    public byte[] Encode() => Bytes ?? Document!.ToBson(Wire.WireMessageWriter.ReplyWriterSettings);
}
