using System.Text.Json;
using System.Text.Json.Serialization;
using MongoPatterns.Bson;

namespace MongoPatterns.Benchmarks.Bson.Models;

/// <summary>
/// Reads and writes an <see cref="ObjectId"/> for System.Text.Json in its Extended JSON form <c>{"$oid": "hex"}</c>,
/// which is how the benchmark's JSON input (relaxed Extended JSON of the same documents) carries ObjectIds.
/// </summary>
public sealed class ObjectIdJsonConverter : JsonConverter<ObjectId>
{
    private static readonly JsonEncodedText s_oid = JsonEncodedText.Encode("$oid");

    /// <inheritdoc/>
    public override ObjectId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || !reader.ValueTextEquals(s_oid.EncodedUtf8Bytes) || !reader.Read())
        {
            throw new JsonException("Expected {\"$oid\": \"<24 hex digits>\"}.");
        }

        Span<char> hex = stackalloc char[24];
        var length = reader.CopyString(hex);
        var id = ObjectId.Parse(hex[..length]);
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("Expected the end of the {\"$oid\": ...} object.");
        }

        return id;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ObjectId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> hex = stackalloc char[24];
        value.TryFormat(hex, out _, default, null);
        writer.WriteStartObject();
        writer.WriteString(s_oid, hex);
        writer.WriteEndObject();
    }
}
