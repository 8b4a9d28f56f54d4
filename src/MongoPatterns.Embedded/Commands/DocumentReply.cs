using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Embedded.Commands;

/// <summary>A reply that is one document.</summary>
internal sealed class DocumentReply : CommandReply
{
    /// <summary>Creates the reply.</summary>
    /// <param name="document">The reply document (should contain <c>ok</c>).</param>
    public DocumentReply(BsonDocument document) => Document = document;

    /// <summary>Gets the reply document.</summary>
    public BsonDocument Document { get; }

    /// <inheritdoc />
    public override bool IsSuccess => Document.TryGetValue("ok", out var ok) && ok.IsNumeric && ok.ToDouble() == 1;

    /// <inheritdoc />
    public override void WriteBody(BsonBinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteValue(Document);
    }
}
