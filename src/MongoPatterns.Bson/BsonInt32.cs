namespace MongoPatterns.Bson;

/// <summary>A BSON 32-bit signed integer.</summary>
public sealed class BsonInt32 : BsonValue
{
    // Every value that fits in a signed or an unsigned byte: counters, small enums, flags and offsets. 384 instances of
    // 24 bytes are created once per process.
    private const int MinCached = sbyte.MinValue;
    private const int MaxCached = byte.MaxValue;
    private static readonly BsonInt32[] s_cache = CreateCache();

    /// <summary>Creates a value; prefer <see cref="Create(int)"/>, which reuses cached instances for small values.</summary>
    /// <param name="value">The integer.</param>
    public BsonInt32(int value)
    {
        Value = value;
    }

    /// <summary>Gets the integer.</summary>
    public int Value { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Int32;

    /// <summary>Returns a cached instance for values from -128 to 255, otherwise a new one.</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The BSON value.</returns>
    public static BsonInt32 Create(int value) =>
        (uint)(value - MinCached) <= MaxCached - MinCached ? s_cache[value - MinCached] : new BsonInt32(value);

    /// <inheritdoc/>
    public override double ToDouble() => Value;

    /// <inheritdoc/>
    public override int ToInt32() => Value;

    /// <inheritdoc/>
    public override long ToInt64() => Value;

    /// <inheritdoc/>
    public override Decimal128 ToDecimal128() => new(Value);

    /// <inheritdoc/>
    public override bool ToBoolean() => Value != 0;

    /// <summary>Returns the integer in invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => Value == ((BsonInt32)other).Value;

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => Value.GetHashCode();

    private static BsonInt32[] CreateCache()
    {
        var cache = new BsonInt32[MaxCached - MinCached + 1];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = new BsonInt32(i + MinCached);
        }

        return cache;
    }
}
