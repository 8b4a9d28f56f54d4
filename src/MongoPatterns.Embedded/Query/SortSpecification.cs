using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>A parsed sort specification (<c>{a: 1, b: -1}</c>) used by find, findAndModify and <c>$sort</c>.</summary>
/// <remarks>
/// CONTRACT STUB: top-level fields compared with <see cref="BsonValueComparer"/>. The query engine replaces this file
/// with MongoDB's full semantics (dotted paths, arrays sort by their smallest/largest element, missing as null,
/// <c>{$meta: "textScore"}</c>).
/// </remarks>
internal sealed class SortSpecification : IComparer<BsonDocument>
{
    private readonly (string Path, int Direction)[] _keys;

    private SortSpecification((string Path, int Direction)[] keys) => _keys = keys;

    /// <summary>Gets the sort keys in order.</summary>
    public IReadOnlyList<(string Path, int Direction)> Keys => _keys;

    /// <summary>Parses a sort document.</summary>
    /// <param name="sort">The sort document.</param>
    /// <returns>The sort.</returns>
    public static SortSpecification Parse(BsonDocument sort)
    {
        ArgumentNullException.ThrowIfNull(sort);
        return new SortSpecification(sort.Elements.Select(e => (e.Name, e.Value.ToInt32() < 0 ? -1 : 1)).ToArray());
    }

    /// <inheritdoc />
    public int Compare(BsonDocument? x, BsonDocument? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        foreach (var (path, direction) in _keys)
        {
            var left = x.TryGetValue(path, out var l) ? l : BsonNull.Value;
            var right = y.TryGetValue(path, out var r) ? r : BsonNull.Value;
            var result = BsonValueComparer.Instance.Compare(left, right);
            if (result != 0)
            {
                return result * direction;
            }
        }

        return 0;
    }
}
