namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>
/// Finds a member index by its UTF-8 element name without decoding the name: a small open-hashing table over the
/// pre-encoded names (the caller tries the expected next member first).
/// </summary>
internal sealed class Utf8NameTable
{
    private readonly byte[][] _names;
    private readonly int[] _buckets;
    private readonly int[] _next;
    private readonly int _mask;

    public Utf8NameTable(IReadOnlyList<byte[]> names)
    {
        _names = [.. names];
        var size = 4;
        while (size < names.Count * 2)
        {
            size *= 2;
        }

        _mask = size - 1;
        _buckets = new int[size];
        Array.Fill(_buckets, -1);
        _next = new int[names.Count];
        for (var i = names.Count - 1; i >= 0; i--)
        {
            var bucket = (int)(Hash(names[i]) & (uint)_mask);
            _next[i] = _buckets[bucket];
            _buckets[bucket] = i;
        }
    }

    /// <summary>Returns the index of <paramref name="name"/>, or -1.</summary>
    public int Find(ReadOnlySpan<byte> name)
    {
        for (var i = _buckets[(int)(Hash(name) & (uint)_mask)]; i >= 0; i = _next[i])
        {
            if (name.SequenceEqual(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static uint Hash(ReadOnlySpan<byte> name)
    {
        // FNV-1a: element names are short.
        var hash = 2166136261u;
        foreach (var b in name)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash ^ (hash >> 16);
    }
}
