using MongoPatterns.Bson.Json;

namespace MongoPatterns.Bson;

/// <content>Extended JSON parsing.</content>
public sealed partial class BsonArray
{
    /// <summary>Parses an Extended JSON v2 array, e.g. <c>[1, {"$numberLong": "2"}, {"$oid": "5f1d7a3b9c0e4d2a1b3c4d5e"}]</c>.</summary>
    /// <param name="json">One JSON array; objects in it follow the rules of <see cref="BsonDocument.Parse(string)"/>.</param>
    /// <returns>The array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="BsonSerializationException">The text is not valid Extended JSON for one array.</exception>
    public static BsonArray Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ExtendedJsonReader.ParseArray(json);
    }
}
