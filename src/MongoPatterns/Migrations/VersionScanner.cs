using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Migrations;

/// <summary>Finds the version element of an encoded document by skipping over the other elements, without decoding them.</summary>
internal static class VersionScanner
{
    public static VersionLocation Find(ReadOnlySpan<byte> document, EntitySchema schema)
    {
        var reader = new BsonBinaryReader(document);
        reader.ReadStartDocument();
        var name = schema.VersionFieldUtf8;
        while (true)
        {
            var start = reader.Position;
            if (!reader.TryReadNextElement(out var type))
            {
                return new VersionLocation(false, schema.MissingVersion, 0, 0);
            }

            if (!reader.ReadNameSpan().SequenceEqual(name))
            {
                reader.SkipValue(type);
                continue;
            }

            var version = type switch
            {
                BsonType.Int32 => reader.ReadInt32(),
                BsonType.Int64 => checked((int)reader.ReadInt64()),
                BsonType.Double => ToWholeNumber(reader.ReadDouble(), schema),
                _ => InvalidType(schema, type),
            };
            return new VersionLocation(true, version, start, reader.Position - start);
        }
    }

    /// <summary>Reads the version of a decoded document (missing → the default).</summary>
    public static int Read(BsonDocument document, EntitySchema schema)
    {
        if (!document.TryGetValue(schema.VersionField, out var value))
        {
            return schema.MissingVersion;
        }

        return value.BsonType switch
        {
            BsonType.Int32 => value.AsInt32,
            BsonType.Int64 => checked((int)value.AsInt64),
            BsonType.Double => ToWholeNumber(value.AsDouble, schema),
            _ => InvalidType(schema, value.BsonType),
        };
    }

    private static int ToWholeNumber(double value, EntitySchema schema)
    {
        if (value != Math.Floor(value) || value is < int.MinValue or > int.MaxValue)
        {
            MigrationThrow.InvalidVersionValue(schema, BsonType.Double);
        }

        return (int)value;
    }

    private static int InvalidType(EntitySchema schema, BsonType type)
    {
        MigrationThrow.InvalidVersionValue(schema, type);
        return 0;
    }
}
