using System.Buffers.Binary;

namespace MongoPatterns.Caching;

/// <summary>
/// The layout of an entry in the distributed cache: a header (format version, absolute expiry, result-type
/// fingerprint, the collection's and tags' generation tokens it was loaded under) followed by the result's BSON.
/// </summary>
internal static class DistributedEntryFormat
{
    private const byte Version = 1;
    private const int FixedHeaderLength = 1 + 8 + 8 + 8 + 4;

    public static byte[] Write(long absoluteExpiryUnixMilliseconds, long typeFingerprint, in GenerationSnapshot snapshot, ReadOnlySpan<byte> bson)
    {
        var tagTokens = snapshot.TagTokens ?? [];
        var bytes = new byte[FixedHeaderLength + (tagTokens.Length * 8) + bson.Length];
        var span = bytes.AsSpan();
        span[0] = Version;
        BinaryPrimitives.WriteInt64LittleEndian(span[1..], absoluteExpiryUnixMilliseconds);
        BinaryPrimitives.WriteInt64LittleEndian(span[9..], typeFingerprint);
        BinaryPrimitives.WriteInt64LittleEndian(span[17..], snapshot.CollectionToken);
        BinaryPrimitives.WriteInt32LittleEndian(span[25..], tagTokens.Length);
        var offset = FixedHeaderLength;
        foreach (var token in tagTokens)
        {
            BinaryPrimitives.WriteInt64LittleEndian(span[offset..], token);
            offset += 8;
        }

        bson.CopyTo(span[offset..]);
        return bytes;
    }

    /// <summary>Reads an entry; false when it is malformed, of another type or loaded under other generation tokens.</summary>
    public static bool TryRead(byte[] bytes, long typeFingerprint, in GenerationSnapshot current, out long absoluteExpiryUnixMilliseconds, out ReadOnlySpan<byte> bson)
    {
        absoluteExpiryUnixMilliseconds = 0;
        bson = default;
        var span = bytes.AsSpan();
        if (span.Length < FixedHeaderLength || span[0] != Version
            || BinaryPrimitives.ReadInt64LittleEndian(span[9..]) != typeFingerprint
            || BinaryPrimitives.ReadInt64LittleEndian(span[17..]) != current.CollectionToken)
        {
            return false;
        }

        var tagCount = BinaryPrimitives.ReadInt32LittleEndian(span[25..]);
        var expectedTags = current.TagTokens ?? [];
        if (tagCount != expectedTags.Length || span.Length < FixedHeaderLength + (tagCount * 8))
        {
            return false;
        }

        var offset = FixedHeaderLength;
        foreach (var token in expectedTags)
        {
            if (BinaryPrimitives.ReadInt64LittleEndian(span[offset..]) != token)
            {
                return false;
            }

            offset += 8;
        }

        absoluteExpiryUnixMilliseconds = BinaryPrimitives.ReadInt64LittleEndian(span[1..]);
        bson = span[offset..];
        return true;
    }
}
