namespace MongoPatterns.Bson;

/// <summary>The BSON null value. A singleton: use <see cref="Value"/>.</summary>
public sealed class BsonNull : BsonValue
{
    private BsonNull()
    {
    }

    /// <summary>Gets the BSON null value.</summary>
    public static BsonNull Value { get; } = new();

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Null;

    /// <inheritdoc/>
    /// <remarks>Always false.</remarks>
    public override bool ToBoolean() => false;

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => true;

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => 0x0A;
}
