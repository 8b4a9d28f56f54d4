using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// The fields every command reply may carry that the driver itself needs: <c>ok</c>, <c>$clusterTime</c>,
/// <c>operationTime</c> and <c>cursor.id</c>. Read in one pass over the encoded reply, skipping everything else.
/// </summary>
internal readonly record struct ReplyFields(bool Ok, BsonDocument? ClusterTime, BsonTimestamp? OperationTime, long? CursorId)
{
    /// <summary>Reads the fields from an encoded reply.</summary>
    public static ReplyFields Read(ReadOnlySpan<byte> reply)
    {
        var reader = new BsonBinaryReader(reply);
        reader.ReadStartDocument();
        var ok = false;
        BsonDocument? clusterTime = null;
        BsonTimestamp? operationTime = null;
        long? cursorId = null;
        while (reader.TryReadNextElement(out var type))
        {
            var name = reader.ReadNameSpan();
            if (name.SequenceEqual("ok"u8))
            {
                ok = type switch
                {
                    BsonType.Double => reader.ReadDouble() == 1,
                    BsonType.Int32 => reader.ReadInt32() == 1,
                    BsonType.Int64 => reader.ReadInt64() == 1,
                    BsonType.Boolean => reader.ReadBoolean(),
                    _ => SkipFalse(ref reader, type),
                };
            }
            else if (name.SequenceEqual("$clusterTime"u8) && type == BsonType.Document)
            {
                clusterTime = reader.ReadBsonDocument();
            }
            else if (name.SequenceEqual("operationTime"u8) && type == BsonType.Timestamp)
            {
                operationTime = new BsonTimestamp(reader.ReadTimestamp());
            }
            else if (name.SequenceEqual("cursor"u8) && type == BsonType.Document)
            {
                reader.ReadStartDocument();
                while (reader.TryReadNextElement(out var cursorType))
                {
                    if (reader.ReadNameSpan().SequenceEqual("id"u8) && cursorType == BsonType.Int64)
                    {
                        cursorId = reader.ReadInt64();
                    }
                    else
                    {
                        reader.SkipValue(cursorType);
                    }
                }

                reader.ReadEndDocument();
            }
            else
            {
                reader.SkipValue(type);
            }
        }

        return new ReplyFields(ok, clusterTime, operationTime, cursorId);
    }

    private static bool SkipFalse(ref BsonBinaryReader reader, BsonType type)
    {
        reader.SkipValue(type);
        return false;
    }
}
