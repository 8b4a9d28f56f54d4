namespace MongoPatterns.Bson;

/// <summary>The BSON deprecated undefined value. A singleton: use <see cref="Value"/>.</summary>
public sealed class BsonUndefined : BsonValue
{
    private BsonUndefined()
    {
    }

    /// <summary>Gets the deprecated BSON undefined value.</summary>
    public static BsonUndefined Value { get; } = new();

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Undefined;

    /// <inheritdoc/>
    /// <remarks>Always false.</remarks>
    public override bool ToBoolean() => false;

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => true;

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => 0x06;
}
