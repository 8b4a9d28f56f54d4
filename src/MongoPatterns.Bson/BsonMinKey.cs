namespace MongoPatterns.Bson;

/// <summary>The BSON MinKey value, which sorts below every other value. A singleton: use <see cref="Value"/>.</summary>
public sealed class BsonMinKey : BsonValue
{
    private BsonMinKey()
    {
    }

    /// <summary>Gets the BSON MinKey value.</summary>
    public static BsonMinKey Value { get; } = new();

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.MinKey;

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => true;

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => 0xFF;
}
