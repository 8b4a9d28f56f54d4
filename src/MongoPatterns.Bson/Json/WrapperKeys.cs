namespace MongoPatterns.Bson.Json;

/// <summary>
/// The <c>$</c>-keys of Extended JSON type wrappers found in one JSON object. An object holding any of the canonical
/// keys must be exactly one wrapper; the legacy ones (<see cref="LegacyRegex"/>, <see cref="LegacyOptions"/>,
/// <see cref="LegacyType"/>) are also ordinary query operators, so an object whose keys do not form a legacy wrapper
/// stays a document.
/// </summary>
[Flags]
internal enum WrapperKeys
{
    /// <summary>No wrapper key.</summary>
    None = 0,

    /// <summary><c>$oid</c>.</summary>
    ObjectId = 1 << 0,

    /// <summary><c>$symbol</c>.</summary>
    Symbol = 1 << 1,

    /// <summary><c>$numberInt</c>.</summary>
    Int32 = 1 << 2,

    /// <summary><c>$numberLong</c>.</summary>
    Int64 = 1 << 3,

    /// <summary><c>$numberDouble</c>.</summary>
    Double = 1 << 4,

    /// <summary><c>$numberDecimal</c>.</summary>
    Decimal128 = 1 << 5,

    /// <summary><c>$binary</c> holding <c>{"base64": ..., "subType": ...}</c>.</summary>
    Binary = 1 << 6,

    /// <summary><c>$binary</c> holding a base64 string (legacy, with <c>$type</c>).</summary>
    LegacyBinary = 1 << 7,

    /// <summary><c>$code</c>.</summary>
    Code = 1 << 8,

    /// <summary><c>$scope</c> (only with <c>$code</c>).</summary>
    Scope = 1 << 9,

    /// <summary><c>$timestamp</c>.</summary>
    Timestamp = 1 << 10,

    /// <summary><c>$regularExpression</c>.</summary>
    RegularExpression = 1 << 11,

    /// <summary><c>$dbPointer</c>.</summary>
    DbPointer = 1 << 12,

    /// <summary><c>$date</c>.</summary>
    Date = 1 << 13,

    /// <summary><c>$minKey</c>.</summary>
    MinKey = 1 << 14,

    /// <summary><c>$maxKey</c>.</summary>
    MaxKey = 1 << 15,

    /// <summary><c>$undefined</c>.</summary>
    Undefined = 1 << 16,

    /// <summary><c>$uuid</c>.</summary>
    Uuid = 1 << 17,

    /// <summary><c>$regex</c> holding a string (legacy regular expression).</summary>
    LegacyRegex = 1 << 18,

    /// <summary><c>$options</c> holding a string (legacy regular expression options).</summary>
    LegacyOptions = 1 << 19,

    /// <summary><c>$type</c> holding a string (legacy binary subtype).</summary>
    LegacyType = 1 << 20,

    /// <summary>The keys that may also be ordinary fields.</summary>
    Legacy = LegacyRegex | LegacyOptions | LegacyType,
}
