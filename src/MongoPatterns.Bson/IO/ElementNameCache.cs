using System.Buffers.Binary;

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

    private sealed class Entry(byte[] utf8, string name)
    {
        public byte[] Utf8 { get; } = utf8;

        public string Name { get; } = name;
    }
}
