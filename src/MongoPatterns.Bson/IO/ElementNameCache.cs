using System.Buffers.Binary;

namespace MongoPatterns.Bson.IO;

/// <summary>
/// A small, bounded, lock-free cache from UTF-8 element names to strings, so that decoding many documents with the
/// same field names does not allocate a new string per name. Entries are immutable; races between threads only cost a
/// cache miss.
/// </summary>
/// <remarks>
/// The cache is 4-way set-associative (1,024 sets of 4 slots, 32 KB of references): a name may live in any slot of
/// the set its hash selects, so a few names sharing a set do not evict one another on every document, as they would in
/// a direct-mapped table (where a 150-field schema already has a handful of colliding pairs). A full set replaces a
/// slot chosen round-robin.
/// </remarks>
internal static class ElementNameCache
{
    /// <summary>Names longer than this (in UTF-8 bytes) are not cached.</summary>
    public const int MaxCachedLength = 64;

    private const int Ways = 4;
    private const int SetCount = 1024;
    private static readonly Entry?[] s_slots = new Entry?[SetCount * Ways];
    private static uint s_nextVictim;

    /// <summary>Looks a name up; returns the slot to store into on a miss.</summary>
    public static string? TryGet(ReadOnlySpan<byte> utf8, out int slot)
    {
        var hash = Hash(utf8);
        var first = (int)(hash & (SetCount - 1)) * Ways;
        var set = s_slots.AsSpan(first, Ways);
        var empty = -1;
        for (var way = 0; way < set.Length; way++)
        {
            var entry = set[way];
            if (entry is null)
            {
                empty = way;
                break;
            }

            if (entry.Hash == hash && utf8.SequenceEqual(entry.Utf8))
            {
                slot = first + way;
                return entry.Name;
            }
        }

        // Races on the counter only change which slot is replaced.
        slot = first + (empty >= 0 ? empty : (int)(s_nextVictim++ & (Ways - 1)));
        return null;
    }

    /// <summary>Stores a decoded (validated) name in the slot returned by <see cref="TryGet"/>.</summary>
    public static void Store(int slot, ReadOnlySpan<byte> utf8, string name) =>
        Volatile.Write(ref s_slots[slot], new Entry(Hash(utf8), utf8.ToArray(), name));

    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        // Word-at-a-time multiplicative hashing: names are read 8 bytes per step (the last word may overlap the one
        // before it), so a typical 4-16 byte name costs one or two multiplications instead of one per byte.
        const ulong Multiplier = 0x9E37_79B9_7F4A_7C15;
        var length = bytes.Length;
        ulong hash = (ulong)length * Multiplier;
        if (length >= sizeof(ulong))
        {
            var offset = 0;
            for (; offset + sizeof(ulong) < length; offset += sizeof(ulong))
            {
                hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[offset..])) * Multiplier;
            }

            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[(length - sizeof(ulong))..])) * Multiplier;
        }
        else if (length >= sizeof(uint))
        {
            var word = BinaryPrimitives.ReadUInt32LittleEndian(bytes) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(bytes[(length - sizeof(uint))..]) << 32);
            hash = (hash ^ word) * Multiplier;
        }
        else if (length > 0)
        {
            var word = bytes[0] | ((ulong)bytes[length >> 1] << 8) | ((ulong)bytes[length - 1] << 16);
            hash = (hash ^ word) * Multiplier;
        }

        // Final avalanche (as in MurmurHash3's fmix64): multiplication only carries low bits upwards, so without it the
        // slot bits would ignore the last bytes of a word.
        hash = (hash ^ (hash >> 33)) * 0xFF51_AFD7_ED55_8CCD;
        return (uint)(hash ^ (hash >> 33));
    }

    private sealed class Entry(uint hash, byte[] utf8, string name)
    {
        public uint Hash { get; } = hash;

        public byte[] Utf8 { get; } = utf8;

        public string Name { get; } = name;
    }
}
