using System.Buffers.Binary;
using System.Security.Cryptography;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>
/// Generates RFC 9562 version 7 GUIDs: a 48-bit Unix millisecond timestamp followed by random bits, so ids generated
/// over time sort (in their standard byte order, as stored in BSON) roughly by creation and index well.
/// </summary>
internal static class SequentialGuid
{
    public static Guid NewGuid()
    {
#if NET9_0_OR_GREATER
        return Guid.CreateVersion7();
#else
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        var milliseconds = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Span<byte> timestamp = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(timestamp, milliseconds);
        timestamp[2..].CopyTo(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
#endif
    }
}
