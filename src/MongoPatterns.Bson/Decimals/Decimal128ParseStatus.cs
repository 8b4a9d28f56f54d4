namespace MongoPatterns.Bson.Decimals;

/// <summary>The outcome of parsing a Decimal128 string.</summary>
internal enum Decimal128ParseStatus
{
    /// <summary>The string was parsed exactly.</summary>
    Success,

    /// <summary>The string is not a numeric string (syntax error).</summary>
    InvalidSyntax,

    /// <summary>The value needs more than 34 significant digits, so storing it would lose non-zero digits.</summary>
    TooManyDigits,

    /// <summary>The value is too large in magnitude: even with clamping its exponent exceeds the decimal128 range.</summary>
    Overflow,

    /// <summary>The value is too small in magnitude to be stored without losing non-zero digits.</summary>
    Underflow,
}
