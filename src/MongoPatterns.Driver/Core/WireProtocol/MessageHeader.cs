using System.Buffers.Binary;

namespace MongoPatterns.Driver.Core.WireProtocol;

/// <summary>The 16-byte header every wire protocol message starts with.</summary>
/// <param name="MessageLength">The total message length in bytes, header included.</param>
/// <param name="RequestId">The sender's id of this message.</param>
/// <param name="ResponseTo">For replies, the request id being answered; otherwise 0.</param>
/// <param name="OpCode">The message type.</param>
internal readonly record struct MessageHeader(int MessageLength, int RequestId, int ResponseTo, OpCode OpCode)
{
    /// <summary>The size of the header in bytes.</summary>
    public const int Size = 16;

    /// <summary>Reads a header from the first 16 bytes of <paramref name="bytes"/>.</summary>
    public static MessageHeader Read(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadInt32LittleEndian(bytes),
        BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]),
        BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]),
        (OpCode)BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]));

    /// <summary>Writes the header into the first 16 bytes of <paramref name="destination"/>.</summary>
    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination, MessageLength);
        BinaryPrimitives.WriteInt32LittleEndian(destination[4..], RequestId);
        BinaryPrimitives.WriteInt32LittleEndian(destination[8..], ResponseTo);
        BinaryPrimitives.WriteInt32LittleEndian(destination[12..], (int)OpCode);
    }
}
