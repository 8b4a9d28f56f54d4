using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Storage;

/// <summary>
/// Orders index entries by their key values (MongoDB's BSON order, each field in its direction), then by record id.
/// A probe with fewer values than the key pattern sorts before (record id <see cref="long.MinValue"/>) or after
/// (any other record id) every entry that starts with its values.
/// </summary>
internal sealed class IndexEntryComparer : IComparer<IndexEntry>
{
    private readonly int[] _directions;

    /// <summary>Creates a comparer for the given field directions.</summary>
    /// <param name="directions">1 or -1 per key-pattern field.</param>
    public IndexEntryComparer(int[] directions) => _directions = directions;

    /// <inheritdoc />
    public int Compare(IndexEntry x, IndexEntry y)
    {
        var common = Math.Min(x.Values.Length, y.Values.Length);
        for (var i = 0; i < common; i++)
        {
            var result = BsonValueComparer.Instance.Compare(x.Values[i], y.Values[i]);
            if (result != 0)
            {
                return _directions[i] < 0 ? -result : result;
            }
        }

        if (x.Values.Length != y.Values.Length)
        {
            return x.Values.Length < y.Values.Length
                ? (x.RecordId == long.MinValue ? -1 : 1)
                : (y.RecordId == long.MinValue ? 1 : -1);
        }

        return x.RecordId.CompareTo(y.RecordId);
    }

    /// <summary>Compares only the key values (equality of keys for unique indexes).</summary>
    /// <param name="x">The first key.</param>
    /// <param name="y">The second key.</param>
    /// <returns>True when every value is equal by MongoDB's comparison.</returns>
    public static bool KeysEqual(BsonValue[] x, BsonValue[] y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (BsonValueComparer.Instance.Compare(x[i], y[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
