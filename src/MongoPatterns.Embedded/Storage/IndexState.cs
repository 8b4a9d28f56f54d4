using System.Collections.Immutable;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Storage;

/// <summary>An index as of one snapshot: its definition and its ordered, immutable entries.</summary>
internal sealed class IndexState
{
    private readonly IndexEntryComparer _comparer;

    private IndexState(IndexDefinition definition, ImmutableSortedSet<IndexEntry> entries, bool isMultikey, IndexEntryComparer comparer)
    {
        Definition = definition;
        Entries = entries;
        IsMultikey = isMultikey;
        _comparer = comparer;
    }

    /// <summary>Gets the definition.</summary>
    public IndexDefinition Definition { get; }

    /// <summary>Gets the entries in key order.</summary>
    public ImmutableSortedSet<IndexEntry> Entries { get; }

    /// <summary>Gets a value indicating whether some document produced several keys (arrays); never reset, like MongoDB.</summary>
    public bool IsMultikey { get; }

    /// <summary>Creates an empty index.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The index.</returns>
    public static IndexState Create(IndexDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var comparer = new IndexEntryComparer(definition.Directions);
        return new IndexState(definition, ImmutableSortedSet.Create<IndexEntry>(comparer), false, comparer);
    }

    /// <summary>Returns the index with the record's keys added.</summary>
    /// <param name="recordId">The record.</param>
    /// <param name="keys">The record's keys.</param>
    /// <param name="multikey">Whether the keys came from an array.</param>
    /// <returns>The new index state.</returns>
    public IndexState Add(long recordId, BsonValue[][] keys, bool multikey)
    {
        if (keys.Length == 0 && (!multikey || IsMultikey))
        {
            return this;
        }

        var entries = Entries;
        foreach (var key in keys)
        {
            entries = entries.Add(new IndexEntry(key, recordId));
        }

        return new IndexState(Definition, entries, IsMultikey || multikey, _comparer);
    }

    /// <summary>Returns the index with the record's keys removed.</summary>
    /// <param name="recordId">The record.</param>
    /// <param name="keys">The keys it was indexed under.</param>
    /// <returns>The new index state.</returns>
    public IndexState Remove(long recordId, BsonValue[][] keys)
    {
        if (keys.Length == 0)
        {
            return this;
        }

        var entries = Entries;
        foreach (var key in keys)
        {
            entries = entries.Remove(new IndexEntry(key, recordId));
        }

        return new IndexState(Definition, entries, IsMultikey, _comparer);
    }

    /// <summary>Finds a record other than <paramref name="recordId"/> indexed under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="recordId">The record to ignore (the one being written).</param>
    /// <returns>The other record's id, or null.</returns>
    public long? FindOther(BsonValue[] key, long recordId)
    {
        foreach (var entry in ScanEqual(key))
        {
            if (entry.RecordId != recordId)
            {
                return entry.RecordId;
            }
        }

        return null;
    }

    /// <summary>Enumerates the entries whose key starts with <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The key values of the first fields.</param>
    /// <returns>The entries, in index order.</returns>
    public IEnumerable<IndexEntry> ScanEqual(BsonValue[] prefix)
    {
        var position = StartOf(new IndexEntry(prefix, long.MinValue));
        var count = Entries.Count;
        for (var i = position; i < count; i++)
        {
            var entry = Entries[i];
            for (var f = 0; f < prefix.Length; f++)
            {
                if (BsonValueComparer.Instance.Compare(entry.Values[f], prefix[f]) != 0)
                {
                    yield break;
                }
            }

            yield return entry;
        }
    }

    /// <summary>
    /// Enumerates the entries whose first field lies between the bounds (missing bounds extend to the end of the
    /// bound's type bracket).
    /// </summary>
    /// <param name="lower">The lower bound, or null.</param>
    /// <param name="lowerInclusive">Whether the lower bound is included.</param>
    /// <param name="upper">The upper bound, or null.</param>
    /// <param name="upperInclusive">Whether the upper bound is included.</param>
    /// <returns>The entries, in index order.</returns>
    public IEnumerable<IndexEntry> ScanRange(BsonValue? lower, bool lowerInclusive, BsonValue? upper, bool upperInclusive)
    {
        var bracket = BsonValueComparer.GetCanonicalTypeOrder((lower ?? upper)!.BsonType);
        var ascending = Definition.Directions[0] > 0;
        var start = ascending ? lower : upper;
        int position;
        if (start is not null)
        {
            position = StartOf(new IndexEntry([start], long.MinValue));
        }
        else
        {
            // Find the first entry of the bracket: probe with the bracket's smallest value when known, else walk.
            position = 0;
            var count = Entries.Count;
            while (position < count && BracketOf(Entries[position]) != bracket)
            {
                if (ascending ? BracketOf(Entries[position]) > bracket : BracketOf(Entries[position]) < bracket)
                {
                    yield break;
                }

                position++;
            }
        }

        for (var i = position; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            var value = entry.Values[0];
            if (BsonValueComparer.GetCanonicalTypeOrder(value.BsonType) != bracket)
            {
                yield break;
            }

            if (lower is not null)
            {
                var c = BsonValueComparer.Instance.Compare(value, lower);
                if (c < 0 || (c == 0 && !lowerInclusive))
                {
                    if (ascending)
                    {
                        continue;
                    }

                    yield break;
                }
            }

            if (upper is not null)
            {
                var c = BsonValueComparer.Instance.Compare(value, upper);
                if (c > 0 || (c == 0 && !upperInclusive))
                {
                    if (ascending)
                    {
                        yield break;
                    }

                    continue;
                }
            }

            yield return entry;
        }
    }

    /// <summary>
    /// Enumerates the entries in index order (or reverse index order) from the first entry whose leading value reaches
    /// <paramref name="start"/>, stopping at the first entry whose leading value is past <paramref name="stop"/>.
    /// </summary>
    /// <param name="forward">True to read in index order, false in reverse index order.</param>
    /// <param name="start">The first leading value to read (null: from the first entry).</param>
    /// <param name="stop">The last leading value to read (null: to the end).</param>
    /// <param name="ascendingValues">Whether the leading values grow in the direction read.</param>
    /// <returns>The entries, in the direction read.</returns>
    public IEnumerable<IndexEntry> ScanInOrder(bool forward, BsonValue? start, BsonValue? stop, bool ascendingValues)
    {
        var entries = Entries;
        var count = entries.Count;
        int position;
        if (start is null)
        {
            position = forward ? 0 : count - 1;
        }
        else
        {
            // A one-value probe sorts before every entry with that leading value (record id MinValue) or after them all.
            var probe = entries.IndexOf(new IndexEntry([start], forward ? long.MinValue : long.MaxValue));
            position = probe < 0 ? ~probe : probe;
            if (!forward)
            {
                position--;
            }
        }

        var step = forward ? 1 : -1;
        for (var i = position; i >= 0 && i < count; i += step)
        {
            var entry = entries[i];
            if (stop is not null)
            {
                var c = BsonValueComparer.Instance.Compare(entry.Values[0], stop);
                if (ascendingValues ? c > 0 : c < 0)
                {
                    yield break;
                }
            }

            yield return entry;
        }
    }

    /// <summary>Returns an index with the same definition and the given entries.</summary>
    /// <param name="entries">The entries (built with this index's comparer).</param>
    /// <param name="isMultikey">Whether any document produced several keys.</param>
    /// <returns>The new index state.</returns>
    public IndexState WithEntries(ImmutableSortedSet<IndexEntry> entries, bool isMultikey) => new(Definition, entries, isMultikey, _comparer);

    private static int BracketOf(IndexEntry entry) => BsonValueComparer.GetCanonicalTypeOrder(entry.Values[0].BsonType);

    private int StartOf(IndexEntry probe)
    {
        var index = Entries.IndexOf(probe);
        return index < 0 ? ~index : index;
    }
}
