using MongoPatterns.Bson;

namespace MongoPatterns.Paging;

/// <summary>
/// Builds keyset ("seek") queries: the sort keys with <c>_id</c> as the unique tiebreaker, the values of the last item,
/// and the filter for "after that item": <c>(k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR ...</c> for any number of keys and
/// directions. Null and missing sort first (BSON order), so ascending "after null" is "not null" and descending "after
/// v" also admits null. Sort fields are expected to hold one BSON type (plus null).
/// </summary>
internal static class KeysetFilter
{
    public static BsonDocument SortWithTiebreaker(BsonDocument? sort)
    {
        var keys = new BsonDocument();
        if (sort is not null)
        {
            foreach (var element in sort)
            {
                if (!element.Value.IsNumeric)
                {
                    throw new InvalidOperationException($"Keyset paging needs plain ascending/descending sort keys; '{element.Name}' sorts by {element.Value}.");
                }

                keys.Add(element.Name, element.Value.ToDouble() < 0 ? -1 : 1);
            }
        }

        if (!keys.Contains("_id"))
        {
            keys.Add("_id", 1);
        }

        return keys;
    }

    public static BsonArray ValuesOf(BsonDocument document, BsonDocument sortKeys)
    {
        var values = new BsonArray();
        foreach (var key in sortKeys)
        {
            values.Add(ValueAt(document, key.Name));
        }

        return values;
    }

    public static BsonDocument After(BsonDocument sortKeys, BsonArray values)
    {
        if (values.Count != sortKeys.ElementCount)
        {
            throw new Exceptions.InvalidContinuationTokenException("The continuation token does not match the query's sort. Restart paging from the first page.");
        }

        var branches = new BsonArray();
        for (var i = 0; i < sortKeys.ElementCount; i++)
        {
            var key = sortKeys.GetElement(i);
            var value = values[i];
            var descending = key.Value.ToDouble() < 0;
            BsonDocument condition;
            if (value.IsBsonNull)
            {
                if (descending)
                {
                    continue;
                }

                condition = new BsonDocument(key.Name, new BsonDocument("$ne", BsonNull.Value));
            }
            else if (descending)
            {
                condition = new BsonDocument("$or", new BsonArray { new BsonDocument(key.Name, new BsonDocument("$lt", value)), new BsonDocument(key.Name, BsonNull.Value) });
            }
            else
            {
                condition = new BsonDocument(key.Name, new BsonDocument("$gt", value));
            }

            if (i == 0)
            {
                branches.Add(condition);
                continue;
            }

            var all = new BsonArray();
            for (var j = 0; j < i; j++)
            {
                all.Add(new BsonDocument(sortKeys.GetElement(j).Name, values[j]));
            }

            all.Add(condition);
            branches.Add(new BsonDocument("$and", all));
        }

        var after = branches.Count == 1 ? branches[0].AsBsonDocument : new BsonDocument("$or", branches);
        var first = sortKeys.GetElement(0);
        if (sortKeys.ElementCount > 1 && first.Value.ToDouble() > 0 && !values[0].IsBsonNull)
        {
            // A range on the leading key lets the server seek the index instead of testing every document.
            return new BsonDocument("$and", new BsonArray { new BsonDocument(first.Name, new BsonDocument("$gte", values[0])), after });
        }

        return after;
    }

    /// <summary>
    /// Returns a projection that also returns every sort key and <c>_id</c>, and the top-level fields it added (to remove
    /// before the projected documents are deserialized). Null projections return everything already.
    /// </summary>
    public static (BsonDocument? Projection, List<string> Added) ProjectionWithSortKeys(BsonDocument? projection, BsonDocument sortKeys)
    {
        var added = new List<string>();
        if (projection is null || projection.ElementCount == 0)
        {
            return (projection, added);
        }

        var result = new BsonDocument();
        foreach (var element in projection)
        {
            result.Add(element);
        }

        var inclusion = projection.Any(e => e.Name != "_id" && IsTruthy(e.Value));
        foreach (var key in sortKeys)
        {
            var top = key.Name.Split('.')[0];
            if (key.Name == "_id")
            {
                if (result.TryGetValue("_id", out var id) && !IsTruthy(id))
                {
                    result.Remove("_id");
                    added.Add("_id");
                }

                continue;
            }

            if (inclusion)
            {
                if (!result.Names.Any(name => name == key.Name || key.Name.StartsWith(name + ".", StringComparison.Ordinal)))
                {
                    result.Add(key.Name, 1);
                    if (!result.Names.Any(name => name != key.Name && (name == top || name.StartsWith(top + ".", StringComparison.Ordinal))) && !added.Contains(top))
                    {
                        added.Add(top);
                    }
                }
            }
            else if (result.Contains(key.Name))
            {
                result.Remove(key.Name);
                if (!added.Contains(top))
                {
                    added.Add(top);
                }
            }
        }

        return (result, added);
    }

    private static bool IsTruthy(BsonValue value) => value.IsBoolean ? value.AsBoolean : !value.IsNumeric || value.ToDouble() != 0;

    private static BsonValue ValueAt(BsonDocument document, string path)
    {
        BsonValue current = document;
        foreach (var part in path.Split('.'))
        {
            if (current is BsonDocument nested && nested.TryGetValue(part, out var next))
            {
                current = next;
            }
            else
            {
                return BsonNull.Value;
            }
        }

        return current;
    }
}
