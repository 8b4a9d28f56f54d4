namespace MongoPatterns.Bson;

/// <summary>A BSON 64-bit signed integer.</summary>
public sealed class BsonInt64 : BsonValue
{
    private const long MinCached = -1;
    private const long MaxCached = 16;
    private static readonly BsonInt64[] s_cache = CreateCache();

    /// <summary>Creates a value; prefer <see cref="Create(long)"/>, which reuses cached instances for small values.</summary>
    /// <param name="value">The integer.</param>
    public BsonInt64(long value)
    {
        Value = value;
    }

    /// <summary>Gets the integer.</summary>
    public long Value { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Int64;

    /// <summary>Returns a cached instance for values from -1 to 16, otherwise a new one.</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The BSON value.</returns>
    public static BsonInt64 Create(long value) =>
        (ulong)(value - MinCached) <= MaxCached - MinCached ? s_cache[value - MinCached] : new BsonInt64(value);

    /// <inheritdoc/>
    public override double ToDouble() => Value;

    /// <inheritdoc/>
    public override int ToInt32() => checked((int)Value);

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
    private protected override bool EqualsSameType(BsonValue other) => Value == ((BsonInt64)other).Value;

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => Value.GetHashCode();

    private static BsonInt64[] CreateCache()
    {
        var cache = new BsonInt64[MaxCached - MinCached + 1];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = new BsonInt64(i + MinCached);
        }

        return cache;
    }
}
