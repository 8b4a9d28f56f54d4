using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>
/// The documents of a foreign collection indexed by the values an equality query on a field can match (elements of arrays,
/// whole arrays, null for missing), for <c>$lookup</c> and <c>$graphLookup</c> joins.
/// </summary>
internal sealed class ForeignIndex
{
    private readonly List<BsonDocument> _documents;
    private readonly Dictionary<BsonValue, List<int>> _positions = new(BsonValueComparer.Instance);

    /// <summary>Builds the index.</summary>
    /// <param name="documents">The foreign documents in natural order.</param>
    /// <param name="path">The foreign field path.</param>
    public ForeignIndex(IEnumerable<BsonDocument> documents, IReadOnlyList<string> path)
    {
        _documents = documents.ToList();
        for (var i = 0; i < _documents.Count; i++)
        {
            foreach (var value in DocumentPaths.CollectQueryValues(_documents[i], path))
            {
                var key = value.IsBsonUndefined ? BsonNull.Value : value;
                if (!_positions.TryGetValue(key, out var list))
                {
                    list = [];
                    _positions.Add(key, list);
                }

                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }
    }

    /// <summary>Gets the positions of the documents matching any of <paramref name="values"/>.</summary>
    /// <param name="values">The values to match.</param>
    /// <returns>Document positions, ascending and distinct.</returns>
    public SortedSet<int> Find(IEnumerable<BsonValue> values)
    {
        var result = new SortedSet<int>();
        foreach (var value in values)
        {
            var key = value.IsBsonUndefined ? BsonNull.Value : value;
            if (_positions.TryGetValue(key, out var list))
            {
                result.UnionWith(list);
            }
        }

        return result;
    }

    /// <summary>Gets a document by position.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The document.</returns>
    public BsonDocument this[int position] => _documents[position];
}
