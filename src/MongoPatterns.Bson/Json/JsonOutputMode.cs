namespace MongoPatterns.Bson.Json;

/// <summary>The Extended JSON v2 format that <see cref="BsonValue.ToJson(JsonWriterSettings)"/> produces.</summary>
public enum JsonOutputMode
{
    /// <summary>
    /// Relaxed Extended JSON (the default): Int32, Int64 and finite doubles as plain JSON numbers, dates from year 1970
    /// to 9999 as ISO-8601 strings; readable, but a number's BSON type does not survive a round trip.
    /// </summary>
    RelaxedExtendedJson,

    /// <summary>
    /// Canonical Extended JSON: every value that plain JSON cannot type exactly is wrapped (<c>{"$numberInt": "1"}</c>,
    /// <c>{"$date": {"$numberLong": "0"}}</c>, ...), so that parsing the text gives back the same BSON.
    /// </summary>
    CanonicalExtendedJson,
}
