using MongoPatterns.Bson;
using Newtonsoft.Json;
using Newtonsoft.Json.Bson;

namespace MongoPatterns.Benchmarks.Bson.Models;

/// <summary>
/// Reads and writes an <see cref="ObjectId"/> for Newtonsoft.Json.Bson, whose <see cref="BsonDataReader"/> reports a
/// BSON ObjectId as 12 bytes and whose <see cref="BsonDataWriter"/> writes one with <see cref="BsonDataWriter.WriteObjectId"/>.
/// </summary>
public sealed class ObjectIdNewtonsoftConverter : JsonConverter<ObjectId>
{
    /// <inheritdoc/>
    public override ObjectId ReadJson(JsonReader reader, Type objectType, ObjectId existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Value switch
        {
            byte[] bytes => new ObjectId(bytes),
            string hex => ObjectId.Parse(hex),
            _ => throw new JsonSerializationException($"Expected an ObjectId but found {reader.TokenType}."),
        };
    }

    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, ObjectId value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writer is BsonDataWriter bsonWriter)
        {
            bsonWriter.WriteObjectId(value.ToByteArray());
        }
        else
        {
            writer.WriteValue(value.ToString());
        }
    }
}
