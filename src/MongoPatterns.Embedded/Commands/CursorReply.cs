using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// A cursor reply, <c>{ cursor: { firstBatch|nextBatch: [...], id, ns }, ok: 1 }</c>, whose documents are copied as
/// encoded bytes.
/// </summary>
internal sealed class CursorReply : CommandReply
{
    /// <summary>Creates the reply.</summary>
    /// <param name="cursorId">The cursor id (0 when exhausted).</param>
    /// <param name="namespace">The namespace.</param>
    /// <param name="isFirstBatch">True for <c>firstBatch</c>, false for <c>nextBatch</c>.</param>
    /// <param name="documents">The encoded documents.</param>
    public CursorReply(long cursorId, string @namespace, bool isFirstBatch, IReadOnlyList<byte[]> documents)
    {
        CursorId = cursorId;
        Namespace = @namespace;
        IsFirstBatch = isFirstBatch;
        Documents = documents;
    }

    /// <summary>Gets the cursor id.</summary>
    public long CursorId { get; }

    /// <summary>Gets the namespace.</summary>
    public string Namespace { get; }

    /// <summary>Gets a value indicating whether this is the first batch.</summary>
    public bool IsFirstBatch { get; }

    /// <summary>Gets the encoded documents.</summary>
    public IReadOnlyList<byte[]> Documents { get; }

    /// <summary>Gets or sets extra top-level fields written after <c>cursor</c> and before <c>ok</c>.</summary>
    public BsonDocument? Extra { get; set; }

    /// <summary>Gets or sets top-level fields written after <c>ok</c> (<c>$clusterTime</c>, <c>operationTime</c>).</summary>
    public BsonDocument? Trailer { get; set; }

    /// <inheritdoc />
    public override bool IsSuccess => true;

    /// <inheritdoc />
    public override void WriteBody(BsonBinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartDocument();
        writer.WriteName("cursor");
        writer.WriteStartDocument();
        writer.WriteName(IsFirstBatch ? "firstBatch" : "nextBatch");
        writer.WriteStartArray();
        for (var i = 0; i < Documents.Count; i++)
        {
            writer.WriteRawDocument(Documents[i]);
        }

        writer.WriteEndArray();
        writer.WriteName("id");
        writer.WriteInt64(CursorId);
        writer.WriteName("ns");
        writer.WriteString(Namespace);
        writer.WriteEndDocument();
        if (Extra is not null)
        {
            foreach (var element in Extra)
            {
                writer.WriteName(element.Name);
                writer.WriteValue(element.Value);
            }
        }

        writer.WriteName("ok");
        writer.WriteDouble(1);
        if (Trailer is not null)
        {
            foreach (var element in Trailer)
            {
                writer.WriteName(element.Name);
                writer.WriteValue(element.Value);
            }
        }

        writer.WriteEndDocument();
    }
}
