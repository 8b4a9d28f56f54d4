using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>MongoDB's names and numeric codes for BSON types (<c>$type</c>, error messages).</summary>
internal static class BsonTypeNames
{
    private static readonly Dictionary<string, BsonType> s_aliases = new(StringComparer.Ordinal)
    {
        ["double"] = BsonType.Double,
        ["string"] = BsonType.String,
        ["object"] = BsonType.Document,
        ["array"] = BsonType.Array,
        ["binData"] = BsonType.Binary,
        ["undefined"] = BsonType.Undefined,
        ["objectId"] = BsonType.ObjectId,
        ["bool"] = BsonType.Boolean,
        ["date"] = BsonType.DateTime,
        ["null"] = BsonType.Null,
        ["regex"] = BsonType.RegularExpression,
        ["dbPointer"] = BsonType.DbPointer,
        ["javascript"] = BsonType.JavaScript,
        ["symbol"] = BsonType.Symbol,
        ["javascriptWithScope"] = BsonType.JavaScriptWithScope,
        ["int"] = BsonType.Int32,
        ["timestamp"] = BsonType.Timestamp,
        ["long"] = BsonType.Int64,
        ["decimal"] = BsonType.Decimal128,
        ["minKey"] = BsonType.MinKey,
        ["maxKey"] = BsonType.MaxKey,
    };

    /// <summary>Gets MongoDB's name of a type (<c>"string"</c>, <c>"int"</c>, <c>"objectId"</c>...).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The name.</returns>
    public static string NameOf(BsonType type) => type switch
    {
        BsonType.Double => "double",
        BsonType.String => "string",
        BsonType.Document => "object",
        BsonType.Array => "array",
        BsonType.Binary => "binData",
        BsonType.Undefined => "undefined",
        BsonType.ObjectId => "objectId",
        BsonType.Boolean => "bool",
        BsonType.DateTime => "date",
        BsonType.Null => "null",
        BsonType.RegularExpression => "regex",
        BsonType.DbPointer => "dbPointer",
        BsonType.JavaScript => "javascript",
        BsonType.Symbol => "symbol",
        BsonType.JavaScriptWithScope => "javascriptWithScope",
        BsonType.Int32 => "int",
        BsonType.Timestamp => "timestamp",
        BsonType.Int64 => "long",
        BsonType.Decimal128 => "decimal",
        BsonType.MinKey => "minKey",
        BsonType.MaxKey => "maxKey",
        _ => "unknown",
    };

    /// <summary>Resolves a type alias; <c>"number"</c> is handled by the caller.</summary>
    /// <param name="alias">The alias.</param>
    /// <param name="type">Receives the type.</param>
    /// <returns>Whether the alias is known.</returns>
    public static bool TryGetAlias(string alias, out BsonType type) => s_aliases.TryGetValue(alias, out type);

    /// <summary>Resolves a numeric type code (1-19, -1 for MinKey, 127 for MaxKey).</summary>
    /// <param name="code">The code.</param>
    /// <param name="type">Receives the type.</param>
    /// <returns>Whether the code is valid.</returns>
    public static bool TryGetCode(long code, out BsonType type)
    {
        type = code switch
        {
            -1 => BsonType.MinKey,
            127 => BsonType.MaxKey,
            >= 1 and <= 19 => (BsonType)code,
            _ => 0,
        };
        return type != 0;
    }
}
