using System.Globalization;

namespace MongoPatterns.Bson;

/// <summary>A BSON IEEE 754 binary64 floating-point number.</summary>
public sealed class BsonDouble : BsonValue
{
    private static readonly BsonDouble s_zero = new(0.0);
    private static readonly BsonDouble s_one = new(1.0);

    /// <summary>Creates a value.</summary>
    /// <param name="value">The number.</param>
    public BsonDouble(double value)
    {
        Value = value;
    }

    /// <summary>Gets the number.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Double;

    /// <summary>Returns a cached instance for 0.0 and 1.0, otherwise a new one.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The BSON value.</returns>
    public static BsonDouble Create(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        return bits == 0 ? s_zero : bits == 0x3FF0_0000_0000_0000 ? s_one : new BsonDouble(value);
    }

    /// <inheritdoc/>
    public override double ToDouble() => Value;

    /// <inheritdoc/>
    public override int ToInt32() => checked((int)Value);

    /// <inheritdoc/>
    public override long ToInt64() => checked((long)Value);

    /// <inheritdoc/>
    public override Decimal128 ToDecimal128() => new(Value);

    /// <inheritdoc/>
    /// <remarks>NaN is true, as in MongoDB's aggregation truthiness.</remarks>
    public override bool ToBoolean() => Value != 0;

    /// <summary>Returns the shortest round-trip text of the number in invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other)
    {
        var otherValue = ((BsonDouble)other).Value;
        return BitConverter.DoubleToInt64Bits(Value) == BitConverter.DoubleToInt64Bits(otherValue)
            || (double.IsNaN(Value) && double.IsNaN(otherValue));
    }

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() =>
        double.IsNaN(Value) ? int.MinValue : BitConverter.DoubleToInt64Bits(Value).GetHashCode();
}
