using MongoPatterns.Bson.IO;

namespace MongoPatterns.Embedded.Wire;

/// <summary>Something that writes itself as the single body document of a reply.</summary>
internal interface IReplyBody
{
    /// <summary>Writes the body as one top-level BSON document.</summary>
    /// <param name="writer">The writer, positioned where the document starts.</param>
    void WriteBody(BsonBinaryWriter writer);
}
