using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Serializes <see cref="BsonDocument"/> values; also reads and generates their <c>_id</c>.</summary>
public sealed class BsonDocumentSerializer : IBsonSerializer<BsonDocument>, IBsonIdProvider<BsonDocument>
{
    private BsonDocumentSerializer()
    {
    }

    /// <summary>Gets the single instance.</summary>
    public static BsonDocumentSerializer Instance { get; } = new();

    /// <inheritdoc />
    public Type ValueType => typeof(BsonDocument);

    /// <inheritdoc />
    public void Serialize(BsonBinaryWriter writer, BsonDocument value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteValue(value);
    }

    /// <inheritdoc />
    public BsonDocument Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        if (type != BsonType.Document)
        {
            throw new BsonSerializationException($"Expected a document but found {type}.");
        }

        return reader.ReadBsonDocument();
    }

    /// <inheritdoc />
    public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (BsonDocument)value!);

    /// <inheritdoc />
    public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);

    /// <inheritdoc />
    public bool TryGetId(BsonDocument document, out BsonValue? id)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.TryGetValue("_id", out var value))
        {
            id = value;
            return true;
        }

        id = null;
        return false;
    }

    /// <inheritdoc />
    public BsonValue EnsureId(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.TryGetValue("_id", out var existing))
        {
            return existing;
        }

        var id = new BsonObjectId(ObjectId.GenerateNewId());
        document.InsertAt(0, new BsonElement("_id", id));
        return id;
    }
}
