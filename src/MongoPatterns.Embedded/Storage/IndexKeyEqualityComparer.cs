using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Storage;

/// <summary>Equality of index keys by MongoDB's value comparison (1 equals 1.0), for hashing keys.</summary>
internal sealed class IndexKeyEqualityComparer : IEqualityComparer<BsonValue[]>
{
    /// <summary>Gets the comparer.</summary>
    public static IndexKeyEqualityComparer Instance { get; } = new();

    /// <inheritdoc />
    public bool Equals(BsonValue[]? x, BsonValue[]? y) => x is not null && y is not null && IndexEntryComparer.KeysEqual(x, y);

    /// <inheritdoc />
    public int GetHashCode(BsonValue[] obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = default(HashCode);
        foreach (var value in obj)
        {
            hash.Add(BsonValueComparer.Instance.GetHashCode(value));
        }

        return hash.ToHashCode();
    }
}
