using System.Buffers.Binary;

namespace MongoPatterns.Embedded.Wire;

/// <summary>The 16-byte header that starts every wire protocol message.</summary>
/// <param name="MessageLength">The total length of the message, header included.</param>
/// <param name="RequestId">The sender's identifier for the message.</param>
/// <param name="ResponseTo">The request this message answers (0 for requests).</param>
/// <param name="OpCode">The operation code.</param>
internal readonly record struct MessageHeader(int MessageLength, int RequestId, int ResponseTo, int OpCode)
{
    /// <summary>Reads a header from the first 16 bytes of <paramref name="source"/>.</summary>
    /// <param name="source">At least 16 bytes.</param>
    /// <returns>The header.</returns>
    public static MessageHeader Read(ReadOnlySpan<byte> source) => new(
        BinaryPrimitives.ReadInt32LittleEndian(source),
        BinaryPrimitives.ReadInt32LittleEndian(source[4..]),
        BinaryPrimitives.ReadInt32LittleEndian(source[8..]),
        BinaryPrimitives.ReadInt32LittleEndian(source[12..]));

    /// <summary>Writes the header into the first 16 bytes of <paramref name="destination"/>.</summary>
    /// <param name="destination">At least 16 bytes.</param>
    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination, MessageLength);
        BinaryPrimitives.WriteInt32LittleEndian(destination[4..], RequestId);
        BinaryPrimitives.WriteInt32LittleEndian(destination[8..], ResponseTo);
        BinaryPrimitives.WriteInt32LittleEndian(destination[12..], OpCode);
    }

    /// <summary>
    /// Checks the length and operation code before the body is read; a message that fails here cannot be framed, so
    /// the connection is closed.
    /// </summary>
    /// <exception cref="WireProtocolException">The length is out of range or the operation code is not usable.</exception>
    public void Validate()
    {
        if (MessageLength < WireLimits.HeaderLength || MessageLength > WireLimits.MaxMessageSizeBytes)
        {
            throw new WireProtocolException(
                $"message length {MessageLength} is outside [{WireLimits.HeaderLength}, {WireLimits.MaxMessageSizeBytes}]");
        }

        switch ((Wire.OpCode)OpCode)
        {
            case Wire.OpCode.Message:
            case Wire.OpCode.Query:
                return;
            case Wire.OpCode.Compressed:
                throw new WireProtocolException("OP_COMPRESSED received but compression was never negotiated");
            case Wire.OpCode.Insert:
            case Wire.OpCode.Update:
            case Wire.OpCode.Delete:
            case Wire.OpCode.GetMore:
            case Wire.OpCode.KillCursors:
                throw new WireProtocolException($"legacy opcode {OpCode} was removed in MongoDB 6.0");
            default:
                throw new WireProtocolException($"unknown opcode {OpCode}");
        }
    }
}
