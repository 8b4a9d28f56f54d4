using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Storage;

/// <summary>
/// Picks how to read a collection for a filter: <c>_id</c> equality (IDHACK), then the best index with an equality,
/// <c>$in</c> or range predicate on its leading field(s), else a collection scan. The filter still checks every
/// candidate, so an index only narrows what is read.
/// </summary>
internal static class QueryPlanner
{
    /// <summary>Plans a query.</summary>
    /// <param name="collection">The collection (null when it does not exist: nothing to read).</param>
    /// <param name="filter">The filter.</param>
    /// <param name="hint">The hint (index name, key pattern or <c>{$natural: 1}</c>), or null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="MongoServerException">The hint names no index (BadValue 2).</exception>
    public static QueryPlan Plan(CollectionState? collection, QueryFilter filter, BsonValue? hint = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (collection is null)
        {
            return new QueryPlan("EOF", null, []);
        }

        var predicates = filter.IndexablePredicates;
        if (hint is not null && !IsEmptyHint(hint))
        {
            return PlanWithHint(collection, predicates, hint);
        }

        foreach (var predicate in predicates)
        {
            if (predicate.Path == "_id" && predicate.Kind == IndexablePredicateKind.Equality && predicate.Values.Count == 1 && IsSeekable(predicate.Values[0]))
            {
                var record = collection.FindById(predicate.Values[0]);
                return new QueryPlan("IDHACK", IndexDefinition.IdIndex, record is null ? [] : [record]);
            }
        }

        IndexState? best = null;
        var bestScore = 0.0;
        foreach (var index in collection.Indexes)
        {
            var definition = index.Definition;
            if (definition.Hidden || definition.IsSpecial || definition.PartialFilter is not null)
            {
                continue;
            }

            var score = Score(index, predicates);
            if (score > bestScore)
            {
                best = index;
                bestScore = score;
            }
        }

        if (best is null)
        {
            return new QueryPlan("COLLSCAN", null, collection.Records.Values);
        }

        return new QueryPlan("IXSCAN", best.Definition, Fetch(collection, ScanIndex(best, predicates)));
    }

    /// <summary>
    /// Returns a plan that reads a collection in the order of a sort, from an index whose leading fields are the sort
    /// fields (all in the index direction or all reversed), so the sort needs no in-memory pass. Only indexes that
    /// cover every document with one key each qualify: not multikey, sparse, partial, hidden or special.
    /// </summary>
    /// <param name="collection">The collection.</param>
    /// <param name="sort">The sort.</param>
    /// <param name="filter">The filter: the read starts at its bound on the leading sort key and stops past the other (null: whole index).</param>
    /// <param name="boundedOnly">Whether to return null when the filter does not bound the leading sort key.</param>
    /// <returns>The plan, or null when no index provides the order.</returns>
    public static QueryPlan? PlanSortedScan(CollectionState? collection, SortSpecification sort, QueryFilter? filter = null, bool boundedOnly = false)
    {
        ArgumentNullException.ThrowIfNull(sort);
        if (collection is null || sort.IsEmpty)
        {
            return null;
        }

        var keys = sort.Fields;
        foreach (var index in collection.Indexes)
        {
            var definition = index.Definition;
            if (index.IsMultikey || definition.Sparse || definition.PartialFilter is not null || definition.Hidden || definition.IsSpecial
                || definition.Fields.Count < keys.Count)
            {
                continue;
            }

            int? orientation = null;
            var usable = true;
            for (var i = 0; i < keys.Count && usable; i++)
            {
                var key = keys[i];
                if (key.IsTextScore || key.Path != definition.Fields[i].Path)
                {
                    usable = false;
                    break;
                }

                var relative = key.Direction * definition.Directions[i];
                orientation ??= relative;
                usable = orientation == relative;
            }

            if (usable)
            {
                // Start at the filter's bound on the leading sort key and stop past the other one, so a keyset page
                // (a range after the last key seen, then a limit) costs the same at any depth.
                var bounds = filter is null ? KeyInterval.Unbounded : KeyInterval.Of(filter.Root, keys[0].Path);
                if (boundedOnly && bounds.IsUnbounded)
                {
                    return null;
                }

                var ascendingValues = keys[0].Direction > 0;
                IEnumerable<IndexEntry> entries = bounds.IsUnbounded
                    ? (orientation > 0 ? index.Entries : index.Entries.Reverse())
                    : index.ScanInOrder(orientation > 0, ascendingValues ? bounds.Lower : bounds.Upper, ascendingValues ? bounds.Upper : bounds.Lower, ascendingValues);
                return new QueryPlan("IXSCAN", definition, Fetch(collection, entries));
            }
        }

        return null;
    }

    private static bool IsEmptyHint(BsonValue hint) => hint is BsonDocument { ElementCount: 0 } || hint is BsonString { Value.Length: 0 };

    private static QueryPlan PlanWithHint(CollectionState collection, IReadOnlyList<IndexablePredicate> predicates, BsonValue hint)
    {
        if (hint is BsonDocument { ElementCount: 1 } natural && natural.GetElement(0).Name == "$natural")
        {
            var records = natural.GetElement(0).Value.ToDouble() < 0 ? collection.Records.Values.Reverse() : collection.Records.Values;
            return new QueryPlan("COLLSCAN", null, records);
        }

        var index = hint switch
        {
            BsonString name => collection.FindIndex(name.Value),
            BsonDocument key => collection.Indexes.FirstOrDefault(i => i.Definition.KeyMatches(key)),
            _ => null,
        };
        if (index is null || index.Definition.IsText || index.Definition.Hidden)
        {
            throw new MongoServerException(ErrorCodes.BadValue, "error processing query: planner returned error :: caused by :: hint provided does not correspond to an existing index");
        }

        var entries = Score(index, predicates) > 0 ? ScanIndex(index, predicates) : index.Entries;
        return new QueryPlan("IXSCAN", index.Definition, Fetch(collection, entries));
    }

    private static double Score(IndexState index, IReadOnlyList<IndexablePredicate> predicates)
    {
        var fields = index.Definition.Fields;
        var equalities = 0;
        foreach (var field in fields)
        {
            var predicate = Find(predicates, field.Path, IndexablePredicateKind.Equality);
            if (predicate is null || !IsSeekable(predicate.Values[0]) || (index.Definition.Sparse && predicate.Values[0] is BsonNull))
            {
                break;
            }

            equalities++;
        }

        if (equalities > 0)
        {
            var fullUnique = equalities == fields.Count && index.Definition.Unique;
            return (fullUnique ? 100 : 10) + equalities;
        }

        var first = fields[0].Path;
        var inPredicate = Find(predicates, first, IndexablePredicateKind.In);
        if (inPredicate is not null && inPredicate.Values.All(IsSeekable))
        {
            return 5;
        }

        var range = Find(predicates, first, IndexablePredicateKind.Range);
        return range is not null && (range.Lower ?? range.Upper) is not null ? 2 : 0;
    }

    private static IEnumerable<IndexEntry> ScanIndex(IndexState index, IReadOnlyList<IndexablePredicate> predicates)
    {
        var fields = index.Definition.Fields;
        var prefix = new List<BsonValue>();
        foreach (var field in fields)
        {
            var predicate = Find(predicates, field.Path, IndexablePredicateKind.Equality);
            if (predicate is null || !IsSeekable(predicate.Values[0]) || (index.Definition.Sparse && predicate.Values[0] is BsonNull))
            {
                break;
            }

            prefix.Add(predicate.Values[0]);
        }

        if (prefix.Count > 0)
        {
            return index.ScanEqual(prefix.ToArray());
        }

        var first = fields[0].Path;
        var inPredicate = Find(predicates, first, IndexablePredicateKind.In);
        if (inPredicate is not null && inPredicate.Values.All(IsSeekable))
        {
            var ordered = inPredicate.Values.Distinct(BsonValueComparer.Instance).OrderBy(v => v, BsonValueComparer.Instance).ToList();
            if (index.Definition.Directions[0] < 0)
            {
                ordered.Reverse();
            }

            return ordered.SelectMany(value => index.ScanEqual([value]));
        }

        var range = Find(predicates, first, IndexablePredicateKind.Range)!;
        var upper = range.Upper;
        var lower = range.Lower;
        var lowerInclusive = range.LowerInclusive;
        var upperInclusive = range.UpperInclusive;
        if (index.IsMultikey)
        {
            // Bounds may be satisfied by different array elements: use the first predicate's lower bound only and
            // scan to the end of its type bracket.
            if (lower is not null && upper is not null)
            {
                upper = null;
            }
        }
        else
        {
            // {a: {$gt: 1, $lt: 5}}: intersect the bounds of every range predicate on the path (same type bracket).
            foreach (var other in predicates)
            {
                if (other.Kind != IndexablePredicateKind.Range || other.Path != first || ReferenceEquals(other, range))
                {
                    continue;
                }

                if (other.Lower is not null && (lower is null || SameBracket(other.Lower, lower)))
                {
                    var c = lower is null ? 1 : BsonValueComparer.Instance.Compare(other.Lower, lower);
                    if (c > 0 || (c == 0 && !other.LowerInclusive))
                    {
                        lower = other.Lower;
                        lowerInclusive = other.LowerInclusive;
                    }
                }

                if (other.Upper is not null && (upper is null || SameBracket(other.Upper, upper)))
                {
                    var c = upper is null ? -1 : BsonValueComparer.Instance.Compare(other.Upper, upper);
                    if (c < 0 || (c == 0 && !other.UpperInclusive))
                    {
                        upper = other.Upper;
                        upperInclusive = other.UpperInclusive;
                    }
                }
            }
        }

        return index.ScanRange(lower, lowerInclusive, upper, upperInclusive);
    }

    private static bool SameBracket(BsonValue x, BsonValue y) =>
        BsonValueComparer.GetCanonicalTypeOrder(x.BsonType) == BsonValueComparer.GetCanonicalTypeOrder(y.BsonType);

    private static IEnumerable<StoredRecord> Fetch(CollectionState collection, IEnumerable<IndexEntry> entries)
    {
        var seen = new HashSet<long>();
        foreach (var entry in entries)
        {
            if (seen.Add(entry.RecordId) && collection.Records.TryGetValue(entry.RecordId, out var record))
            {
                yield return record;
            }
        }
    }

    private static IndexablePredicate? Find(IReadOnlyList<IndexablePredicate> predicates, string path, IndexablePredicateKind kind)
    {
        foreach (var predicate in predicates)
        {
            if (predicate.Kind == kind && predicate.Path == path && (kind != IndexablePredicateKind.Equality || predicate.Values.Count == 1))
            {
                return predicate;
            }
        }

        return null;
    }

    private static bool IsSeekable(BsonValue value) => value.BsonType is not (BsonType.Array or BsonType.Null or BsonType.Undefined
        or BsonType.RegularExpression or BsonType.MinKey or BsonType.MaxKey);
}
