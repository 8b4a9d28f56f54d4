using MongoPatterns.Bson.Numerics;

namespace MongoPatterns.Bson;

/// <summary>A BSON IEEE 754-2008 decimal128 number.</summary>
public sealed class BsonDecimal128 : BsonValue
{
    /// <summary>Creates a value.</summary>
    /// <param name="value">The number.</param>
    public BsonDecimal128(Decimal128 value)
    {
        Value = value;
    }

    /// <summary>Gets the number.</summary>
    public Decimal128 Value { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Decimal128;

    /// <inheritdoc/>
    public override double ToDouble() => BidDecimal.Decode(Value).ToDouble();

    /// <inheritdoc/>
    public override int ToInt32() => checked((int)BidDecimal.Decode(Value).ToInt64());

    /// <inheritdoc/>
    public override long ToInt64() => BidDecimal.Decode(Value).ToInt64();

    /// <inheritdoc/>
    public override Decimal128 ToDecimal128() => Value;

    /// <inheritdoc/>
    /// <remarks>Zero (of any sign and exponent) is false; NaN is true.</remarks>
    public override bool ToBoolean() => !BidDecimal.Decode(Value).IsZero;

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => Value.Equals(((BsonDecimal128)other).Value);

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => Value.GetHashCode();
}
