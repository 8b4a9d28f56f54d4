using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Cursors;

/// <summary>
/// One batch of a cursor reply (<c>{ cursor: { id, ns, firstBatch | nextBatch } }</c>), with the documents deserialized
/// straight from the reply bytes by the document serializer.
/// </summary>
/// <typeparam name="T">The document type.</typeparam>
/// <param name="CursorId">The cursor id; 0 when the server closed the cursor.</param>
/// <param name="Namespace">The <c>ns</c> of the cursor (<c>database.collection</c>), when the reply has one.</param>
/// <param name="Documents">The documents.</param>
internal sealed record CursorBatch<T>(long CursorId, string? Namespace, List<T> Documents)
{
    /// <summary>Reads the batch of a reply.</summary>
    /// <exception cref="MongoException">The reply has no <c>cursor</c> document.</exception>
    public static CursorBatch<T> Read(ReadOnlySpan<byte> reply, IBsonSerializer<T> serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        var reader = new BsonBinaryReader(reply);
        reader.ReadStartDocument();
        while (reader.TryReadNextElement(out var type))
        {
            var isCursor = reader.ReadNameSpan().SequenceEqual("cursor"u8);
            if (isCursor && type == BsonType.Document)
            {
                return ReadCursor(ref reader, serializer);
            }

            reader.SkipValue(type);
        }

        throw new MongoException("The server reply has no cursor document.");
    }

    private static CursorBatch<T> ReadCursor(ref BsonBinaryReader reader, IBsonSerializer<T> serializer)
    {
        reader.ReadStartDocument();
        long id = 0;
        string? ns = null;
        var documents = new List<T>();
        while (reader.TryReadNextElement(out var type))
        {
            var name = reader.ReadNameSpan();
            if (name.SequenceEqual("id"u8) && type == BsonType.Int64)
            {
                id = reader.ReadInt64();
            }
            else if (name.SequenceEqual("ns"u8) && type == BsonType.String)
            {
                ns = reader.ReadString();
            }
            else if ((name.SequenceEqual("firstBatch"u8) || name.SequenceEqual("nextBatch"u8)) && type == BsonType.Array)
            {
                reader.ReadStartArray();
                while (reader.TryReadNextElement(out var itemType))
                {
                    reader.SkipName();
                    documents.Add(serializer.Deserialize(ref reader, itemType));
                }

                reader.ReadEndArray();
            }
            else
            {
                reader.SkipValue(type);
            }
        }

        reader.ReadEndDocument();
        return new CursorBatch<T>(id, ns, documents);
    }
}
