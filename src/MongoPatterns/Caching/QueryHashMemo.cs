using System.Collections.Concurrent;

namespace MongoPatterns.Caching;

/// <summary>
/// Remembers the SHA-256 of recently hashed query descriptions, keyed by their exact bytes, so that a query built again
/// per call (a fresh <c>Find(x =&gt; ...)</c> each request) costs a dictionary lookup instead of a hash computation.
/// Entries are compared byte for byte, so a memo hit always returns the hash of exactly these bytes. Bounded: when full
/// it starts over (the hashes are cheap to recompute; only the saving is lost).
/// </summary>
internal static class QueryHashMemo
{
    /// <summary>The most descriptions remembered (about 3 MB for typical 200-byte queries).</summary>
    internal const int Capacity = 8_192;

    /// <summary>Descriptions longer than this are not remembered (large <c>$in</c> lists are rarely repeated).</summary>
    internal const int MaxDescriptionLength = 1_024;

    private static readonly ConcurrentDictionary<byte[], string> s_hashes = new(ByteContentComparer.Instance);

    /// <summary>Returns the memoized hash of <paramref name="description"/>, or computes, remembers and returns it.</summary>
    public static string GetOrAdd(ReadOnlySpan<byte> description)
    {
        if (description.Length > MaxDescriptionLength)
        {
            return CacheKeyBuilder.HashToBase64Url(description);
        }

#if NET9_0_OR_GREATER
        var lookup = s_hashes.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (lookup.TryGetValue(description, out var known))
        {
            return known;
        }
#else
        if (s_hashes.TryGetValue(description.ToArray(), out var known))
        {
            return known;
        }
#endif

        var computed = CacheKeyBuilder.HashToBase64Url(description);
        if (s_hashes.Count >= Capacity)
        {
            s_hashes.Clear();
        }

        s_hashes.TryAdd(description.ToArray(), computed);
        return computed;
    }

    /// <summary>Equality by content, with a per-process randomized hash (no crafted-collision slowdowns).</summary>
    private sealed class ByteContentComparer : IEqualityComparer<byte[]>
#if NET9_0_OR_GREATER
        , IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
#endif
    {
        public static readonly ByteContentComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(byte[] obj) => Hash(obj);

#if NET9_0_OR_GREATER
        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
#endif

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            var hash = default(HashCode);
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
