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
    /// <remarks>The nearest double (see <see cref="Decimal128.ToDouble"/>).</remarks>
    public override double ToDouble() => Value.ToDouble();

    /// <inheritdoc/>
    /// <remarks>Truncates toward zero (see <see cref="Decimal128.ToInt32"/>).</remarks>
    public override int ToInt32() => Value.ToInt32();

    /// <inheritdoc/>
    /// <remarks>Truncates toward zero (see <see cref="Decimal128.ToInt64"/>).</remarks>
    public override long ToInt64() => Value.ToInt64();

    /// <inheritdoc/>
    public override Decimal128 ToDecimal128() => Value;

    /// <inheritdoc/>
    /// <remarks>Zero (of any sign and exponent) is false; NaN is true.</remarks>
    public override bool ToBoolean() => !Value.IsZero;

    /// <summary>Returns the number as the BSON Decimal128 specification formats it (e.g. "1.50", "1E+3", "NaN").</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString();

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => Value.Equals(((BsonDecimal128)other).Value);

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => Value.GetHashCode();
}
