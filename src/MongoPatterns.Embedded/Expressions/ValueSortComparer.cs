using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>
/// Orders values for <c>$sortArray</c>: either whole values (<c>sortBy: 1 | -1</c>) or documents by fields
/// (<c>sortBy: {a: 1, "b.c": -1}</c>, missing fields as null, arrays by their smallest element ascending and largest descending).
/// </summary>
internal sealed class ValueSortComparer : IComparer<BsonValue>
{
    private readonly (string[] Path, int Direction)[] _keys;
    private readonly int _wholeValueDirection;

    private ValueSortComparer((string[] Path, int Direction)[] keys, int wholeValueDirection)
    {
        _keys = keys;
        _wholeValueDirection = wholeValueDirection;
    }

    /// <summary>Parses a <c>sortBy</c> value.</summary>
    /// <param name="sortBy">1, -1 or a sort document.</param>
    /// <param name="operatorName">The operator name for errors.</param>
    /// <returns>The comparer.</returns>
    public static ValueSortComparer Parse(BsonValue sortBy, string operatorName)
    {
        if (sortBy.IsNumeric)
        {
            return Numeric.TryGetInt32(sortBy, out var direction) && direction is 1 or -1
                ? new ValueSortComparer([], direction)
                : ExpressionErrors.Throw<ValueSortComparer>(2942506, $"{operatorName} sort pattern value must be 1 or -1, found: {sortBy}");
        }

        if (sortBy is not BsonDocument document)
        {
            return ExpressionErrors.Throw<ValueSortComparer>(2942507, $"{operatorName} sort pattern must be either 1, -1, or an object, found type: {ExpressionTypeNames.NameOf(sortBy)}");
        }

        if (document.ElementCount == 0)
        {
            ExpressionErrors.Throw(2942505, $"{operatorName} sort pattern must not be empty");
        }

        var keys = new List<(string[] Path, int Direction)>();
        foreach (var element in document)
        {
            if (!Numeric.TryGetInt32(element.Value, out var direction) || direction is not (1 or -1))
            {
                ExpressionErrors.Throw(2942505, $"{operatorName} sort pattern values must be 1 or -1, found: {element.Value}");
            }

            keys.Add((element.Name.Split('.'), direction));
        }

        return new ValueSortComparer(keys.ToArray(), 0);
    }

    /// <summary>Gets the sort key of a value at a path: the element for arrays (min ascending, max descending), null for missing.</summary>
    /// <param name="value">The value sorted.</param>
    /// <param name="path">The path.</param>
    /// <param name="direction">1 or -1.</param>
    /// <returns>The key.</returns>
    public static BsonValue KeyOf(BsonValue value, IReadOnlyList<string> path, int direction)
    {
        var found = new List<BsonValue>();
        Collect(value, path, 0, found);
        if (found.Count == 0)
        {
            return BsonNull.Value;
        }

        var best = found[0];
        for (var i = 1; i < found.Count; i++)
        {
            var comparison = BsonValueComparer.Instance.Compare(found[i], best);
            if (direction > 0 ? comparison < 0 : comparison > 0)
            {
                best = found[i];
            }
        }

        return best;
    }

    /// <inheritdoc />
    public int Compare(BsonValue? x, BsonValue? y)
    {
        if (_keys.Length == 0)
        {
            return _wholeValueDirection * ExpressionValues.Compare(x, y);
        }

        foreach (var (path, direction) in _keys)
        {
            var left = x is null ? BsonNull.Value : KeyOf(x, path, direction);
            var right = y is null ? BsonNull.Value : KeyOf(y, path, direction);
            var comparison = BsonValueComparer.Instance.Compare(left, right);
            if (comparison != 0)
            {
                return comparison * direction;
            }
        }

        return 0;
    }

    private static void Collect(BsonValue value, IReadOnlyList<string> path, int index, List<BsonValue> found)
    {
        if (index == path.Count)
        {
            if (value is BsonArray array)
            {
                if (array.Count == 0)
                {
                    found.Add(BsonUndefined.Value);
                }

                found.AddRange(array);
            }
            else
            {
                found.Add(value);
            }

            return;
        }

        switch (value)
        {
            case BsonDocument document:
                if (document.TryGetValue(path[index], out var next))
                {
                    Collect(next, path, index + 1, found);
                }
                else
                {
                    found.Add(BsonNull.Value);
                }

                break;
            case BsonArray array:
                foreach (var item in array)
                {
                    if (item is BsonDocument or BsonArray)
                    {
                        Collect(item, path, index, found);
                    }
                }

                break;
            default:
                found.Add(BsonNull.Value);
                break;
        }
    }
}
