using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Query;

/// <summary>A parsed sort specification (<c>{a: 1, b: -1}</c>) used by find, findAndModify and <c>$sort</c>.</summary>
/// <remarks>
/// <para>
/// MongoDB's semantics: dotted paths traverse arrays like a multikey index; a missing field sorts as null; an array
/// sorts by its smallest element ascending and its largest element descending; an empty array sorts before null (as
/// undefined does); <c>{$meta: "textScore"}</c> sorts by relevance, highest first. Sorting is stable: documents with
/// equal keys keep their input order.
/// </para>
/// <para>
/// Validation errors use MongoDB's codes: 15974 for a non-numeric key, 15975 for a number other than 1/-1 (fractions
/// are truncated first, so 1.5 means 1), 17312 for an object other than <c>$meta</c>, 31138 for an unsupported
/// <c>$meta</c>.
/// </para>
/// </remarks>
internal sealed class SortSpecification : IComparer<BsonDocument>
{
    private readonly SortField[] _fields;
    private readonly FieldPath?[] _paths;

    private SortSpecification(SortField[] fields, Collation? collation)
    {
        _fields = fields;
        Collation = collation;
        _paths = fields.Select(static key => key.IsTextScore ? null : new FieldPath(key.Path)).ToArray();
        NeedsTextScore = Array.Exists(fields, static key => key.IsTextScore);
    }

    /// <summary>Gets the sort keys in order as (path, direction).</summary>
    public IReadOnlyList<(string Path, int Direction)> Keys => _fields.Select(static key => (key.Path, key.Direction)).ToArray();

    /// <summary>Gets the sort keys in order.</summary>
    public IReadOnlyList<SortField> Fields => _fields;

    /// <summary>Gets a value indicating whether the sort needs the <c>$text</c> score of each document.</summary>
    public bool NeedsTextScore { get; }

    /// <summary>Gets the collation strings sort by, or <see langword="null"/> for binary order.</summary>
    public Collation? Collation { get; }

    /// <summary>Gets a value indicating whether the specification has no keys (no sorting).</summary>
    public bool IsEmpty => _fields.Length == 0;

    /// <summary>Parses a sort document.</summary>
    /// <param name="sort">The sort document.</param>
    /// <param name="collation">The collation strings sort by, or null for binary order.</param>
    /// <returns>The sort.</returns>
    /// <exception cref="MongoServerException">The specification is invalid.</exception>
    public static SortSpecification Parse(BsonDocument sort, Collation? collation = null)
    {
        ArgumentNullException.ThrowIfNull(sort);
        var fields = new SortField[sort.ElementCount];
        var i = 0;
        foreach (var element in sort)
        {
            ValidatePath(element.Name);
            if (element.Value is BsonDocument meta)
            {
                if (meta.ElementCount == 0 || meta.GetElement(0).Name != "$meta")
                {
                    throw new MongoServerException(17312, "$meta is the only expression supported by $sort right now");
                }

                if (meta.ElementCount != 1)
                {
                    throw new MongoServerException(ErrorCodes.FailedToParse, "Cannot have additional keys in a $meta sort specification");
                }

                if (meta[0] is not BsonString { Value: "textScore" })
                {
                    throw new MongoServerException(31138, $"Illegal $meta sort: {BsonDisplay.FormatElement("$meta", meta[0])}");
                }

                fields[i++] = new SortField(element.Name, -1, true);
                continue;
            }

            if (!element.Value.IsNumeric)
            {
                throw new MongoServerException(15974, $"Illegal key in $sort specification: {BsonDisplay.FormatElement(element.Name, element.Value)}");
            }

            var real = element.Value.ToDouble();
            var direction = double.IsNaN(real) ? 0 : Math.Truncate(real);
            if (direction is not (1 or -1))
            {
                throw new MongoServerException(15975, "$sort key ordering must be 1 (for ascending) or -1 (for descending)");
            }

            fields[i++] = new SortField(element.Name, (int)direction, false);
        }

        return new SortSpecification(fields, collation);
    }

    /// <summary>Computes the sort key of a document: one value per field (for the aggregation <c>$sort</c> and index use).</summary>
    /// <param name="document">The document.</param>
    /// <param name="textScore">The document's text score, for <c>$meta</c> keys.</param>
    /// <returns>The key.</returns>
    public BsonValue[] GetSortKey(BsonDocument document, double? textScore = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var key = new BsonValue[_fields.Length];
        for (var i = 0; i < _fields.Length; i++)
        {
            key[i] = _paths[i] is { } path
                ? GetSortValue(document, path, _fields[i].Direction > 0)
                : new BsonDouble(textScore ?? 0);
            if (Collation is not null)
            {
                key[i] = Collation.Key(key[i]);
            }
        }

        return key;
    }

    /// <summary>Compares two keys produced by <see cref="GetSortKey"/>, applying the directions.</summary>
    /// <param name="x">The first key.</param>
    /// <param name="y">The second key.</param>
    /// <returns>A negative number when <paramref name="x"/> sorts first, zero on a tie, positive otherwise.</returns>
    public int CompareKeys(BsonValue[] x, BsonValue[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        for (var i = 0; i < _fields.Length; i++)
        {
            var order = CompareSortValues(x[i], y[i]);
            if (order != 0)
            {
                return order * _fields[i].Direction;
            }
        }

        return 0;
    }

    /// <inheritdoc />
    /// <remarks>Text-score keys compare as equal here; use <see cref="Sort{T}"/> with scores.</remarks>
    public int Compare(BsonDocument? x, BsonDocument? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return CompareKeys(GetSortKey(x), GetSortKey(y));
    }

    /// <summary>Sorts documents stably.</summary>
    /// <param name="documents">The documents.</param>
    /// <returns>A new list in sort order.</returns>
    public List<BsonDocument> Sort(IEnumerable<BsonDocument> documents) => Sort(documents, static document => document);

    /// <summary>Sorts items stably by the sort keys of their documents (keys are computed once per item).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="documentOf">Gets an item's document.</param>
    /// <param name="textScoreOf">Gets an item's text score, for <c>$meta</c> keys.</param>
    /// <returns>A new list in sort order.</returns>
    public List<T> Sort<T>(IEnumerable<T> items, Func<T, BsonDocument> documentOf, Func<T, double?>? textScoreOf = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(documentOf);
        var list = items.ToList();
        if (_fields.Length == 0 || list.Count < 2)
        {
            return list;
        }

        var keys = new BsonValue[list.Count][];
        var order = new int[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            keys[i] = GetSortKey(documentOf(list[i]), textScoreOf?.Invoke(list[i]));
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var result = CompareKeys(keys[a], keys[b]);
            return result != 0 ? result : a.CompareTo(b);
        });

        var sorted = new List<T>(list.Count);
        foreach (var index in order)
        {
            sorted.Add(list[index]);
        }

        return sorted;
    }

    /// <summary>Compares two sort values in MongoDB's sort order, where undefined (an empty array's key) precedes null.</summary>
    /// <param name="x">The first value.</param>
    /// <param name="y">The second value.</param>
    /// <returns>-1, 0 or 1.</returns>
    public static int CompareSortValues(BsonValue x, BsonValue y)
    {
        if (x.BsonType == BsonType.Undefined || y.BsonType == BsonType.Undefined)
        {
            var xRank = x.BsonType == BsonType.Undefined ? 0 : 1;
            var yRank = y.BsonType == BsonType.Undefined ? 0 : 1;
            if (xRank != yRank && x.BsonType is BsonType.Null or BsonType.Undefined && y.BsonType is BsonType.Null or BsonType.Undefined)
            {
                return xRank.CompareTo(yRank);
            }
        }

        return BsonValueComparer.Instance.Compare(x, y);
    }

    /// <summary>Gets the value a document sorts by on one path: the smallest (ascending) or largest (descending) value reached.</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">The path.</param>
    /// <param name="ascending">Whether the sort is ascending.</param>
    /// <returns>The sort value (null when missing, undefined for an empty array).</returns>
    public static BsonValue GetSortValue(BsonDocument document, FieldPath path, bool ascending)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        BsonValue? best = null;
        Collect(document, path, 0, ascending, ref best);
        return best ?? BsonNull.Value;
    }

    private static void ValidatePath(string path)
    {
        if (path.Length == 0)
        {
            throw new MongoServerException(40352, "FieldPath cannot be constructed with empty string");
        }

        foreach (var part in path.Split('.'))
        {
            if (part.Length == 0)
            {
                throw new MongoServerException(15998, "FieldPath field names may not be empty strings.");
            }

            if (part.StartsWith('$'))
            {
                throw new MongoServerException(16410, "FieldPath field names may not start with '$'. Consider using $getField or $setField.");
            }
        }
    }

    private static void Offer(BsonValue value, bool ascending, ref BsonValue? best)
    {
        if (best is null)
        {
            best = value;
            return;
        }

        var order = CompareSortValues(value, best);
        if (ascending ? order < 0 : order > 0)
        {
            best = value;
        }
    }

    private static void Collect(BsonValue value, FieldPath path, int index, bool ascending, ref BsonValue? best)
    {
        if (index == path.Length)
        {
            if (value is BsonArray leaf)
            {
                if (leaf.Count == 0)
                {
                    Offer(BsonUndefined.Value, ascending, ref best);
                    return;
                }

                foreach (var item in leaf)
                {
                    Offer(item, ascending, ref best);
                }

                return;
            }

            Offer(value, ascending, ref best);
            return;
        }

        switch (value)
        {
            case BsonDocument document:
                if (document.TryGetValue(path.Part(index), out var next))
                {
                    Collect(next, path, index + 1, ascending, ref best);
                }
                else
                {
                    Offer(BsonNull.Value, ascending, ref best);
                }

                break;
            case BsonArray array:
                var arrayIndex = path.ArrayIndex(index);
                if (arrayIndex >= 0 && arrayIndex < array.Count)
                {
                    Collect(array[arrayIndex], path, index + 1, ascending, ref best);
                    return;
                }

                var any = false;
                foreach (var item in array)
                {
                    if (item is BsonDocument)
                    {
                        any = true;
                        Collect(item, path, index, ascending, ref best);
                    }
                }

                if (!any)
                {
                    Offer(BsonNull.Value, ascending, ref best);
                }

                break;
            default:
                Offer(BsonNull.Value, ascending, ref best);
                break;
        }
    }
}
