using MongoPatterns.Bson;

namespace MongoPatterns.Migrations;

/// <summary>
/// Builds the filter that makes a write-back or sweep write safe: it matches only when the stored document is still
/// exactly the one that was read (same id, same version, same content), so any concurrent change wins.
/// </summary>
internal static class WriteBackGuard
{
    public static BsonDocument For(EntitySchema schema, BsonDocument original)
    {
        var filter = new BsonDocument("_id", original["_id"]);
        filter.Add(schema.VersionField, original.TryGetValue(schema.VersionField, out var version) ? version : new BsonDocument("$exists", false));
        filter.Add("$expr", new BsonDocument("$eq", new BsonArray { "$$ROOT", new BsonDocument("$literal", original) }));
        return filter;
    }
}
