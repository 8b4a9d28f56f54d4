using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>The BSON type names MongoDB uses in <c>$type</c>, <c>$convert</c> and error messages.</summary>
internal static class ExpressionTypeNames
{
    /// <summary>Gets the name of a value's type; <c>missing</c> for a missing value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The type name (e.g. <c>int</c>, <c>object</c>).</returns>
    public static string NameOf(BsonValue? value) => value is null ? "missing" : NameOf(value.BsonType);

    /// <summary>Gets the name of a BSON type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The type name.</returns>
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

    /// <summary>Resolves a type name or numeric type code (as used by <c>$convert</c>'s <c>to</c>).</summary>
    /// <param name="name">The type name.</param>
    /// <param name="type">The type.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string name, out BsonType type)
    {
        switch (name)
        {
            case "double": type = BsonType.Double; return true;
            case "string": type = BsonType.String; return true;
            case "object": type = BsonType.Document; return true;
            case "array": type = BsonType.Array; return true;
            case "binData": type = BsonType.Binary; return true;
            case "undefined": type = BsonType.Undefined; return true;
            case "objectId": type = BsonType.ObjectId; return true;
            case "bool": type = BsonType.Boolean; return true;
            case "date": type = BsonType.DateTime; return true;
            case "null": type = BsonType.Null; return true;
            case "regex": type = BsonType.RegularExpression; return true;
            case "dbPointer": type = BsonType.DbPointer; return true;
            case "javascript": type = BsonType.JavaScript; return true;
            case "symbol": type = BsonType.Symbol; return true;
            case "javascriptWithScope": type = BsonType.JavaScriptWithScope; return true;
            case "int": type = BsonType.Int32; return true;
            case "timestamp": type = BsonType.Timestamp; return true;
            case "long": type = BsonType.Int64; return true;
            case "decimal": type = BsonType.Decimal128; return true;
            case "minKey": type = BsonType.MinKey; return true;
            case "maxKey": type = BsonType.MaxKey; return true;
            default: type = default; return false;
        }
    }

    /// <summary>Whether a numeric code names a BSON type.</summary>
    /// <param name="code">The code (e.g. 16 for int, -1 for minKey, 127 for maxKey).</param>
    /// <param name="type">The type.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryFromCode(int code, out BsonType type)
    {
        if (code == -1)
        {
            type = BsonType.MinKey;
            return true;
        }

        if (code is (>= 1 and <= 19) or 127)
        {
            type = (BsonType)code;
            return true;
        }

        type = default;
        return false;
    }
}
