namespace MongoPatterns.Bson.Numerics;

/// <summary>The classes of decimal128 values.</summary>
internal enum BidKind : byte
{
    /// <summary>A finite number (including zeros).</summary>
    Finite,

    /// <summary>Positive or negative infinity.</summary>
    Infinity,

    /// <summary>Not a number.</summary>
    NaN,
}
