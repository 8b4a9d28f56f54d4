namespace MongoPatterns.Bson;

/// <summary>
/// The BSON element types, valued by the type byte that precedes each element in the binary format
/// (see the BSON specification at bsonspec.org).
/// </summary>
public enum BsonType : byte
{
    /// <summary>An IEEE 754 binary64 floating-point number (0x01).</summary>
    Double = 0x01,

    /// <summary>A UTF-8 string (0x02).</summary>
    String = 0x02,

    /// <summary>An embedded document (0x03).</summary>
    Document = 0x03,

    /// <summary>An array, encoded as a document whose keys are "0", "1", ... (0x04).</summary>
    Array = 0x04,

    /// <summary>Binary data with a subtype (0x05).</summary>
    Binary = 0x05,

    /// <summary>The deprecated undefined value (0x06).</summary>
    Undefined = 0x06,

    /// <summary>A 12-byte ObjectId (0x07).</summary>
    ObjectId = 0x07,

    /// <summary>A boolean (0x08).</summary>
    Boolean = 0x08,

    /// <summary>A UTC datetime as milliseconds since the Unix epoch (0x09).</summary>
    DateTime = 0x09,

    /// <summary>The null value (0x0A).</summary>
    Null = 0x0A,

    /// <summary>A regular expression: pattern and options (0x0B).</summary>
    RegularExpression = 0x0B,

    /// <summary>The deprecated DBPointer: a namespace and an ObjectId (0x0C).</summary>
    DbPointer = 0x0C,

    /// <summary>JavaScript code (0x0D).</summary>
    JavaScript = 0x0D,

    /// <summary>The deprecated symbol (0x0E).</summary>
    Symbol = 0x0E,

    /// <summary>The deprecated JavaScript code with a scope document (0x0F).</summary>
    JavaScriptWithScope = 0x0F,

    /// <summary>A 32-bit signed integer (0x10).</summary>
    Int32 = 0x10,

    /// <summary>A MongoDB internal timestamp: a 64-bit unsigned value (0x11).</summary>
    Timestamp = 0x11,

    /// <summary>A 64-bit signed integer (0x12).</summary>
    Int64 = 0x12,

    /// <summary>An IEEE 754-2008 decimal128 number (0x13).</summary>
    Decimal128 = 0x13,

    /// <summary>The special value that sorts below every other value (0xFF).</summary>
    MinKey = 0xFF,

    /// <summary>The special value that sorts above every other value (0x7F).</summary>
    MaxKey = 0x7F,
}
