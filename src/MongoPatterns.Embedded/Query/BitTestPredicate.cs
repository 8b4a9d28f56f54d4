using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// <c>$bitsAllSet</c>, <c>$bitsAnySet</c>, <c>$bitsAllClear</c>, <c>$bitsAnyClear</c>: tests bit positions of integral
/// numbers (two's complement, sign-extended beyond bit 63) and of binary data (little-endian bytes).
/// </summary>
internal sealed class BitTestPredicate : ValuePredicate
{
    private readonly BitTestKind _kind;
    private readonly int[] _positions;

    /// <summary>Creates the predicate.</summary>
    /// <param name="kind">The operator.</param>
    /// <param name="positions">The bit positions (0 = least significant).</param>
    public BitTestPredicate(BitTestKind kind, IReadOnlyList<int> positions)
    {
        _kind = kind;
        _positions = [.. positions];
    }

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value)
    {
        switch (value)
        {
            case BsonInt32 int32:
                return Test(int32.Value, default, isBinary: false);
            case BsonInt64 int64:
                return Test(int64.Value, default, isBinary: false);
            case BsonDouble or BsonDecimal128:
                var real = value.ToDouble();
                if (double.IsNaN(real) || Math.Floor(real) != real || real >= 9.2233720368547758E18 || real < -9.2233720368547758E18)
                {
                    return false;
                }

                return Test((long)real, default, isBinary: false);
            case BsonBinaryData binary:
                return Test(0, binary.Bytes.Span, isBinary: true);
            default:
                return false;
        }
    }

    private bool Test(long number, ReadOnlySpan<byte> bytes, bool isBinary)
    {
        var wantSet = _kind is BitTestKind.AllSet or BitTestKind.AnySet;
        var all = _kind is BitTestKind.AllSet or BitTestKind.AllClear;
        foreach (var position in _positions)
        {
            bool set;
            if (isBinary)
            {
                var byteIndex = position / 8;
                set = byteIndex < bytes.Length && (bytes[byteIndex] & (1 << (position % 8))) != 0;
            }
            else
            {
                set = position < 64 ? ((number >> position) & 1) != 0 : number < 0;
            }

            var satisfied = set == wantSet;
            if (all && !satisfied)
            {
                return false;
            }

            if (!all && satisfied)
            {
                return true;
            }
        }

        return all;
    }
}
