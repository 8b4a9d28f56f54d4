namespace MongoPatterns.Bson;

/// <summary>
/// A BSON timestamp (MongoDB internal, used by replication): an unsigned 64-bit value whose high 32 bits are seconds
/// since the Unix epoch and whose low 32 bits are an increment.
/// </summary>
public sealed class BsonTimestamp : BsonValue
{
    /// <summary>Creates a value from its 64 bits.</summary>
    /// <param name="value">The raw value.</param>
    public BsonTimestamp(ulong value)
    {
        Value = value;
    }

    /// <summary>Creates a value from its two halves.</summary>
    /// <param name="timestamp">Seconds since the Unix epoch (high 32 bits).</param>
    /// <param name="increment">The ordinal within that second (low 32 bits).</param>
    public BsonTimestamp(uint timestamp, uint increment)
    {
        Value = ((ulong)timestamp << 32) | increment;
    }

    /// <summary>Gets the raw 64-bit value.</summary>
    public ulong Value { get; }

    /// <summary>Gets the seconds since the Unix epoch (high 32 bits).</summary>
    public uint Timestamp => (uint)(Value >> 32);

    /// <summary>Gets the increment (low 32 bits).</summary>
    public uint Increment => (uint)Value;

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Timestamp;

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => Value == ((BsonTimestamp)other).Value;

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => Value.GetHashCode();
}
