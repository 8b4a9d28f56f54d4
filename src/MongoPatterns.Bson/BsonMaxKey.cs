namespace MongoPatterns.Bson;

/// <summary>The BSON MaxKey value, which sorts above every other value. A singleton: use <see cref="Value"/>.</summary>
public sealed class BsonMaxKey : BsonValue
{
    private BsonMaxKey()
    {
    }

    /// <summary>Gets the BSON MaxKey value.</summary>
    public static BsonMaxKey Value { get; } = new();

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.MaxKey;

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => true;

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => 0x7F;
}
