using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary><c>$mod: [divisor, remainder]</c> on numbers, truncating non-integral values toward zero.</summary>
internal sealed class ModPredicate : ValuePredicate
{
    private readonly long _divisor;
    private readonly long _remainder;

    /// <summary>Creates the predicate.</summary>
    /// <param name="divisor">The divisor (not zero).</param>
    /// <param name="remainder">The remainder.</param>
    public ModPredicate(long divisor, long remainder)
    {
        _divisor = divisor;
        _remainder = remainder;
    }

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value)
    {
        long number;
        switch (value)
        {
            case BsonInt32 int32:
                number = int32.Value;
                break;
            case BsonInt64 int64:
                number = int64.Value;
                break;
            case BsonDouble or BsonDecimal128:
                var real = value.ToDouble();
                if (double.IsNaN(real) || double.IsInfinity(real))
                {
                    return false;
                }

                number = TruncateToInt64(real);
                break;
            default:
                return false;
        }

        var remainder = _divisor == -1 ? 0 : number % _divisor;
        return remainder == _remainder;
    }

    /// <summary>Truncates toward zero, saturating at the <see cref="long"/> range.</summary>
    /// <param name="value">The value (not NaN).</param>
    /// <returns>The truncated value.</returns>
    public static long TruncateToInt64(double value) =>
        value >= 9.2233720368547758E18 ? long.MaxValue : value <= -9.2233720368547758E18 ? long.MinValue : (long)value;
}
