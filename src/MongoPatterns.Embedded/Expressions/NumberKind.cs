namespace MongoPatterns.Embedded.Expressions;

/// <summary>The numeric BSON types, ordered from narrowest to widest for result typing.</summary>
internal enum NumberKind
{
    /// <summary>32-bit integer.</summary>
    Int32,

    /// <summary>64-bit integer.</summary>
    Int64,

    /// <summary>Binary double.</summary>
    Double,

    /// <summary>Decimal128.</summary>
    Decimal,
}
