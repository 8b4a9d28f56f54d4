namespace MongoPatterns.Bson;

/// <summary>
/// A 128-bit IEEE 754-2008 decimal floating-point number in the binary integer decimal (BID) encoding,
/// the BSON <c>decimal128</c> type.
/// </summary>
/// <remarks>Placeholder contract: the full implementation (parsing, formatting, conversions) replaces this file.</remarks>
public readonly struct Decimal128 : IEquatable<Decimal128>
{
    /// <summary>Creates a value from its IEEE bits.</summary>
    /// <param name="highBits">The high 64 bits.</param>
    /// <param name="lowBits">The low 64 bits.</param>
    public Decimal128(ulong highBits, ulong lowBits)
    {
        HighBits = highBits;
        LowBits = lowBits;
    }

    /// <summary>Gets the high 64 bits of the IEEE BID encoding.</summary>
    public ulong HighBits { get; }

    /// <summary>Gets the low 64 bits of the IEEE BID encoding.</summary>
    public ulong LowBits { get; }

    /// <inheritdoc />
    public bool Equals(Decimal128 other) => HighBits == other.HighBits && LowBits == other.LowBits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Decimal128 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HighBits, LowBits);

    /// <summary>Compares two values for bitwise equality.</summary>
    public static bool operator ==(Decimal128 left, Decimal128 right) => left.Equals(right);

    /// <summary>Compares two values for bitwise inequality.</summary>
    public static bool operator !=(Decimal128 left, Decimal128 right) => !left.Equals(right);
}
