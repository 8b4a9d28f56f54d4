using MongoPatterns.Bson.Json;

namespace MongoPatterns.Bson;

/// <content>Extended JSON output.</content>
public abstract partial class BsonValue
{
    /// <summary>Formats the value as relaxed Extended JSON v2 on one line (see <see cref="JsonWriterSettings.Default"/>).</summary>
    /// <returns>The JSON text, e.g. <c>{"_id": {"$oid": "..."}, "n": 1, "at": {"$date": "2024-05-01T12:00:00Z"}}</c>.</returns>
    /// <exception cref="BsonSerializationException">Documents or arrays are nested more than 100 levels deep.</exception>
    public string ToJson() => ExtendedJsonWriter.Write(this, JsonWriterSettings.Default);

    /// <summary>Formats the value as Extended JSON v2, canonical or relaxed, on one line or indented.</summary>
    /// <param name="settings">The format (<see cref="JsonWriterSettings.Canonical"/>, <see cref="JsonWriterSettings.Relaxed"/>, or your own).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="BsonSerializationException">Documents or arrays are nested more than 100 levels deep.</exception>
    /// <remarks>
    /// Canonical output parses back (with <see cref="BsonDocument.Parse(string)"/>) to the same BSON, except for NaN
    /// payloads. Relaxed output writes Int32, Int64 and finite doubles as plain numbers (a double always with a '.' or an
    /// exponent: <c>1.0</c>, <c>-0.0</c>, <c>1E+300</c>), so parsing it back may change a number's type.
    /// </remarks>
    public string ToJson(JsonWriterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ExtendedJsonWriter.Write(this, settings);
    }
}
