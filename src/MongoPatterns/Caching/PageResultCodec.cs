using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Paging;

namespace MongoPatterns.Caching;

/// <summary>Encodes an offset page as <c>{ items, pageNumber, pageSize, totalCount, hasNextPage }</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class PageResultCodec<T> : IResultCodec<Page<T>>
{
    public void Write(BsonBinaryWriter writer, Page<T> value, BsonSerializerRegistry registry)
    {
        writer.WriteStartDocument();
        writer.WriteName("items");
        registry.GetSerializer<IReadOnlyList<T>>().Serialize(writer, value.Items);
        writer.WriteName("pageNumber");
        writer.WriteInt32(value.PageNumber);
        writer.WriteName("pageSize");
        writer.WriteInt32(value.PageSize);
        writer.WriteName("totalCount");
        if (value.TotalCount is { } total)
        {
            writer.WriteInt64(total);
        }
        else
        {
            writer.WriteNull();
        }

        writer.WriteName("hasNextPage");
        writer.WriteBoolean(value.HasNextPage);
        writer.WriteEndDocument();
    }

    public Page<T> Read(ref BsonBinaryReader reader, BsonType type, BsonSerializerRegistry registry)
    {
        IReadOnlyList<T> items = [];
        int pageNumber = 1, pageSize = 1;
        long? totalCount = null;
        var hasNextPage = false;
        reader.ReadStartDocument();
        while (reader.TryReadNextElement(out var elementType))
        {
            switch (reader.ReadName())
            {
                case "items":
                    items = registry.GetSerializer<IReadOnlyList<T>>().Deserialize(ref reader, elementType);
                    break;
                case "pageNumber":
                    pageNumber = reader.ReadInt32();
                    break;
                case "pageSize":
                    pageSize = reader.ReadInt32();
                    break;
                case "totalCount" when elementType == BsonType.Null:
                    reader.ReadNull();
                    break;
                case "totalCount":
                    totalCount = reader.ReadInt64();
                    break;
                case "hasNextPage":
                    hasNextPage = reader.ReadBoolean();
                    break;
                default:
                    reader.SkipValue(elementType);
                    break;
            }
        }

        reader.ReadEndDocument();
        return new Page<T>(items, pageNumber, pageSize, totalCount, hasNextPage);
    }
}
