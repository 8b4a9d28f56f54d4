using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>Dotted-path helpers for stages: reading without array traversal, collecting every value through arrays, and copy-on-write setting.</summary>
internal static class DocumentPaths
{
    /// <summary>Reads a nested field without traversing arrays (a path through a non-document is missing).</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">The path components.</param>
    /// <returns>The value, or <see langword="null"/> when missing.</returns>
    public static BsonValue? GetNested(BsonDocument document, IReadOnlyList<string> path)
    {
        BsonValue current = document;
        foreach (var part in path)
        {
            if (current is not BsonDocument nested || !nested.TryGetValue(part, out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>
    /// Collects every value at a path, descending into arrays at each step (arrays at the end of the path contribute their
    /// elements); used for <c>$lookup</c>'s <c>localField</c>.
    /// </summary>
    /// <param name="value">The starting value.</param>
    /// <param name="path">The path components.</param>
    /// <param name="index">The first component to follow.</param>
    /// <param name="values">Receives the values.</param>
    public static void CollectValues(BsonValue value, IReadOnlyList<string> path, int index, List<BsonValue> values)
    {
        if (index == path.Count)
        {
            if (value is BsonArray array)
            {
                values.AddRange(array);
            }
            else
            {
                values.Add(value);
            }

            return;
        }

        switch (value)
        {
            case BsonDocument document:
                if (document.TryGetValue(path[index], out var next))
                {
                    CollectValues(next, path, index + 1, values);
                }

                break;
            case BsonArray array:
                foreach (var item in array)
                {
                    CollectValues(item, path, index, values);
                }

                break;
        }
    }

    /// <summary>
    /// Collects the values a query equality on <paramref name="path"/> can match: each value found (descending into arrays),
    /// array values both as a whole and element by element, and null when the path is missing somewhere.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="path">The path components.</param>
    /// <returns>The matchable values.</returns>
    public static List<BsonValue> CollectQueryValues(BsonDocument document, IReadOnlyList<string> path)
    {
        var values = new List<BsonValue>();
        CollectQuery(document, path, 0, values);
        return values;
    }

    /// <summary>Returns a copy of <paramref name="document"/> with the value at a dotted path set (intermediate documents are copied or created).</summary>
    /// <param name="document">The original (not modified).</param>
    /// <param name="path">The path components.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new document.</returns>
    public static BsonDocument WithValue(BsonDocument document, IReadOnlyList<string> path, BsonValue value) => WithValue(document, path, 0, value);

    /// <summary>Returns a copy of <paramref name="document"/> without the field at a dotted path (no array traversal).</summary>
    /// <param name="document">The original (not modified).</param>
    /// <param name="path">The path components.</param>
    /// <returns>The new document (or the original when the path is missing).</returns>
    public static BsonDocument WithoutValue(BsonDocument document, IReadOnlyList<string> path) => WithoutValue(document, path, 0);

    /// <summary>Returns a shallow copy of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The copy.</returns>
    public static BsonDocument ShallowCopy(BsonDocument document)
    {
        var elements = document.ElementSpan.ToArray();
        return new BsonDocument(elements, elements.Length);
    }

    private static void CollectQuery(BsonValue value, IReadOnlyList<string> path, int index, List<BsonValue> values)
    {
        if (index == path.Count)
        {
            values.Add(value);
            if (value is BsonArray array)
            {
                values.AddRange(array);
            }

            return;
        }

        switch (value)
        {
            case BsonDocument document:
                if (document.TryGetValue(path[index], out var next))
                {
                    CollectQuery(next, path, index + 1, values);
                }
                else
                {
                    values.Add(BsonNull.Value);
                }

                break;
            case BsonArray array:
                if (int.TryParse(path[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position) && position < array.Count)
                {
                    CollectQuery(array[position], path, index + 1, values);
                }

                foreach (var item in array)
                {
                    if (item is BsonDocument)
                    {
                        CollectQuery(item, path, index, values);
                    }
                }

                break;
            default:
                values.Add(BsonNull.Value);
                break;
        }
    }

    private static BsonDocument WithValue(BsonDocument document, IReadOnlyList<string> path, int index, BsonValue value)
    {
        var copy = ShallowCopy(document);
        var name = path[index];
        if (index == path.Count - 1)
        {
            copy.Set(name, value);
            return copy;
        }

        var child = copy.TryGetValue(name, out var existing) && existing is BsonDocument nested ? nested : new BsonDocument();
        copy.Set(name, WithValue(child, path, index + 1, value));
        return copy;
    }

    private static BsonDocument WithoutValue(BsonDocument document, IReadOnlyList<string> path, int index)
    {
        if (!document.TryGetValue(path[index], out var existing))
        {
            return document;
        }

        var copy = ShallowCopy(document);
        if (index == path.Count - 1)
        {
            copy.Remove(path[index]);
            return copy;
        }

        if (existing is BsonDocument nested)
        {
            copy.Set(path[index], WithoutValue(nested, path, index + 1));
        }

        return copy;
    }
}
