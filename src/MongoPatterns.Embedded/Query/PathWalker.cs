using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// Walks a dotted path through a document with MongoDB's implicit array traversal and feeds every value it reaches to
/// a predicate, stopping at the first match.
/// </summary>
/// <remarks>
/// <para>The rules follow MongoDB's element iterator:</para>
/// <list type="bullet">
/// <item>Documents are descended field by field. A scalar in the middle of the path, or a missing field, yields a
/// single "missing" value.</item>
/// <item>An array at the end of the path yields each element (when the predicate traverses leaf arrays), then the
/// array itself.</item>
/// <item>An array in the middle of the path: every document element is walked with the rest of the path; when the
/// next part is a numeric index, the element at that index is also walked with the part consumed (or yielded itself
/// when the path ends there). Nested arrays are only entered through an explicit index; the array itself is not
/// yielded.</item>
/// </list>
/// <para>The positional offset reported is that of the outermost array traversed, as MongoDB records it for the
/// <c>$</c> operator; an explicit index hands the decision to the inner walk.</para>
/// </remarks>
internal static class PathWalker
{
    /// <summary>Tests whether any value on <paramref name="path"/> satisfies <paramref name="predicate"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">The path.</param>
    /// <param name="predicate">The predicate.</param>
    /// <param name="arrayOffset">Receives the array position that produced the match, or -1.</param>
    /// <returns>Whether a value matched.</returns>
    public static bool Matches(BsonDocument document, FieldPath path, ValuePredicate predicate, out int arrayOffset)
    {
        arrayOffset = -1;
        return Walk(document, path, 0, predicate, ref arrayOffset);
    }

    private static bool Walk(BsonDocument document, FieldPath path, int start, ValuePredicate predicate, ref int offset)
    {
        BsonValue? value = document;
        var i = start;
        while (i < path.Length && value is BsonDocument current)
        {
            value = current.TryGetValue(path.Part(i), out var next) ? next : null;
            i++;
        }

        if (value is BsonArray array)
        {
            return i == path.Length
                ? MatchLeafArray(array, predicate, ref offset)
                : WalkArray(array, path, i, predicate, ref offset);
        }

        if (i < path.Length)
        {
            // A scalar (or nothing) where the path needs a document: the path is missing.
            value = null;
        }

        var inner = -1;
        if (predicate.Matches(value, ref inner))
        {
            offset = inner;
            return true;
        }

        return false;
    }

    private static bool MatchLeafArray(BsonArray array, ValuePredicate predicate, ref int offset)
    {
        if (predicate.TraversesLeafArrays)
        {
            for (var k = 0; k < array.Count; k++)
            {
                var ignored = -1;
                if (predicate.Matches(array[k], ref ignored))
                {
                    offset = k;
                    return true;
                }
            }
        }

        var inner = -1;
        if (predicate.Matches(array, ref inner))
        {
            offset = inner;
            return true;
        }

        return false;
    }

    private static bool WalkArray(BsonArray array, FieldPath path, int partIndex, ValuePredicate predicate, ref int offset)
    {
        var index = path.ArrayIndex(partIndex);
        var last = partIndex + 1 == path.Length;
        for (var k = 0; k < array.Count; k++)
        {
            var element = array[k];
            if (element is BsonDocument subDocument)
            {
                var ignored = -1;
                if (Walk(subDocument, path, partIndex, predicate, ref ignored))
                {
                    offset = k;
                    return true;
                }
            }

            if (k != index)
            {
                continue;
            }

            if (last)
            {
                var inner = -1;
                if (predicate.Matches(element, ref inner))
                {
                    offset = k;
                    return true;
                }
            }
            else if (element is BsonDocument indexedDocument)
            {
                var innerOffset = -1;
                if (Walk(indexedDocument, path, partIndex + 1, predicate, ref innerOffset))
                {
                    offset = innerOffset;
                    return true;
                }
            }
            else if (element is BsonArray nested)
            {
                var innerOffset = -1;
                if (WalkArray(nested, path, partIndex + 1, predicate, ref innerOffset))
                {
                    offset = innerOffset;
                    return true;
                }
            }
        }

        return false;
    }
}
