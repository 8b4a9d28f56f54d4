using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Storage;

/// <summary>
/// Computes the index keys of a document: one key per combination of values, arrays expanded (multikey), missing
/// fields indexed as null. At most one field of a compound key may be an array (parallel arrays are rejected).
/// </summary>
internal static class IndexKeyGenerator
{
    private static readonly BsonValue[][] NoKeys = [];

    /// <summary>Computes the keys of <paramref name="document"/> for <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <param name="document">The document.</param>
    /// <param name="isMultikey">Set when an array was expanded.</param>
    /// <returns>The distinct keys; empty when the index does not cover the document (sparse, partial, text).</returns>
    /// <exception cref="MongoServerException">Two indexed fields are arrays (code 171).</exception>
    public static BsonValue[][] GetKeys(IndexDefinition index, BsonDocument document, out bool isMultikey)
    {
        isMultikey = false;
        if (index.IsText)
        {
            return NoKeys;
        }

        if (index.PartialFilter is not null && !index.PartialFilter.Matches(document))
        {
            return NoKeys;
        }

        var fields = index.Fields;
        if (fields.Count == 1)
        {
            var values = new List<BsonValue>(1);
            var present = Collect(document, index.FieldPaths[0], 0, values, out var expanded);
            if (!present && index.Sparse)
            {
                return NoKeys;
            }

            isMultikey = expanded;
            var distinct = Distinct(values);
            var keys = new BsonValue[distinct.Count][];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = [distinct[i]];
            }

            return keys;
        }

        var perField = new List<BsonValue>[fields.Count];
        var anyPresent = false;
        string? arrayField = null;
        for (var f = 0; f < fields.Count; f++)
        {
            var values = new List<BsonValue>(1);
            anyPresent |= Collect(document, index.FieldPaths[f], 0, values, out var expanded);
            if (expanded)
            {
                if (arrayField is not null)
                {
                    throw new MongoServerException(
                        ErrorCodes.CannotIndexParallelArrays,
                        $"cannot index parallel arrays [{fields[f].Path}] [{arrayField}]");
                }

                arrayField = fields[f].Path;
                isMultikey = true;
            }

            perField[f] = Distinct(values);
        }

        if (!anyPresent && index.Sparse)
        {
            return NoKeys;
        }

        var result = new List<BsonValue[]> { Array.Empty<BsonValue>() };
        foreach (var values in perField)
        {
            var next = new List<BsonValue[]>(result.Count * values.Count);
            foreach (var prefix in result)
            {
                foreach (var value in values)
                {
                    var key = new BsonValue[prefix.Length + 1];
                    prefix.CopyTo(key, 0);
                    key[^1] = value;
                    next.Add(key);
                }
            }

            result = next;
        }

        return result.ToArray();
    }

    /// <summary>Collects the values at a dotted path, expanding arrays.</summary>
    /// <returns>True when the path exists in the document.</returns>
    private static bool Collect(BsonValue current, string[] parts, int index, List<BsonValue> values, out bool expanded)
    {
        expanded = false;
        if (index == parts.Length)
        {
            if (current is BsonArray array)
            {
                expanded = true;
                if (array.Count == 0)
                {
                    values.Add(BsonUndefined.Value);
                }
                else
                {
                    foreach (var item in array)
                    {
                        values.Add(item);
                    }
                }
            }
            else
            {
                values.Add(current);
            }

            return true;
        }

        switch (current)
        {
            case BsonDocument document:
                if (document.TryGetValue(parts[index], out var child))
                {
                    var found = Collect(child, parts, index + 1, values, out expanded);
                    return found;
                }

                values.Add(BsonNull.Value);
                return false;
            case BsonArray array:
                expanded = true;
                if (int.TryParse(parts[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position)
                    && position < array.Count)
                {
                    return Collect(array[position], parts, index + 1, values, out _);
                }

                var before = values.Count;
                var any = false;
                foreach (var item in array)
                {
                    if (item is BsonDocument)
                    {
                        any |= Collect(item, parts, index, values, out _);
                    }
                }

                if (values.Count == before)
                {
                    values.Add(BsonNull.Value);
                }

                return any;
            default:
                values.Add(BsonNull.Value);
                return false;
        }
    }

    private static List<BsonValue> Distinct(List<BsonValue> values)
    {
        if (values.Count <= 1)
        {
            return values;
        }

        var distinct = new List<BsonValue>(values.Count);
        foreach (var value in values)
        {
            var seen = false;
            foreach (var existing in distinct)
            {
                if (BsonValueComparer.Instance.Equals(existing, value))
                {
                    seen = true;
                    break;
                }
            }

            if (!seen)
            {
                distinct.Add(value);
            }
        }

        return distinct;
    }
}
