namespace MongoPatterns.Bson.IO;

/// <summary>
/// A small, bounded, lock-free cache from UTF-8 element names to strings, so that decoding many documents with the
/// same field names does not allocate a new string per name. Entries are immutable; a collision simply replaces the
/// slot, and races between threads only cost a cache miss.
/// </summary>
internal static class ElementNameCache
{
    /// <summary>Names longer than this (in UTF-8 bytes) are not cached.</summary>
    public const int MaxCachedLength = 64;

    private const int SlotCount = 2048;
    private static readonly Entry?[] s_slots = new Entry?[SlotCount];

    /// <summary>Looks a name up; returns the slot to store into on a miss.</summary>
    public static string? TryGet(ReadOnlySpan<byte> utf8, out int slot)
    {
        slot = (int)(Hash(utf8) & (SlotCount - 1));
        var entry = s_slots[slot];
        return entry is not null && utf8.SequenceEqual(entry.Utf8) ? entry.Name : null;
    }

    /// <summary>Stores a decoded (validated) name in the slot returned by <see cref="TryGet"/>.</summary>
    public static void Store(int slot, ReadOnlySpan<byte> utf8, string name) =>
        Volatile.Write(ref s_slots[slot], new Entry(utf8.ToArray(), name));

    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        // FNV-1a: short names, good spread, no allocation.
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }

    private sealed class Entry(byte[] utf8, string name)
    {
        public byte[] Utf8 { get; } = utf8;

        public string Name { get; } = name;
    }
}
