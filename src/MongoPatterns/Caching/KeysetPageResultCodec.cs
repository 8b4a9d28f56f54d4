using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Paging;

namespace MongoPatterns.Caching;

/// <summary>Encodes a keyset page as <c>{ items, nextToken }</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class KeysetPageResultCodec<T> : IResultCodec<KeysetPage<T>>
{
    public void Write(BsonBinaryWriter writer, KeysetPage<T> value, BsonSerializerRegistry registry)
    {
        writer.WriteStartDocument();
        writer.WriteName("items");
        registry.GetSerializer<IReadOnlyList<T>>().Serialize(writer, value.Items);
        writer.WriteName("nextToken");
        if (value.NextToken is { } token)
        {
            writer.WriteString(token);
        }
        else
        {
            writer.WriteNull();
        }

        writer.WriteEndDocument();
    }

    public KeysetPage<T> Read(ref BsonBinaryReader reader, BsonType type, BsonSerializerRegistry registry)
    {
        IReadOnlyList<T> items = [];
        string? nextToken = null;
        reader.ReadStartDocument();
        while (reader.TryReadNextElement(out var elementType))
        {
            switch (reader.ReadName())
            {
                case "items":
                    items = registry.GetSerializer<IReadOnlyList<T>>().Deserialize(ref reader, elementType);
                    break;
                case "nextToken" when elementType == BsonType.String:
                    nextToken = reader.ReadString();
                    break;
                default:
                    reader.SkipValue(elementType);
                    break;
            }
        }

        reader.ReadEndDocument();
        return new KeysetPage<T>(items, nextToken);
    }
}
