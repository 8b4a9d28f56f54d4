using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace MongoPatterns.Driver.Core.WireProtocol;

/// <summary>
/// A reply read from the server, held in a buffer rented from <see cref="ArrayPool{T}.Shared"/>: an OP_MSG (section 0
/// is the reply document; a present checksum is verified) or an OP_REPLY (the first document). Dispose it to return the
/// buffer; spans taken from it are invalid afterwards.
/// </summary>
internal sealed class ResponseMessage : IDisposable
{
    private const int OpReplyFixedSize = MessageHeader.Size + 4 + 8 + 4 + 4;

    private byte[]? _buffer;
    private readonly int _bodyOffset;
    private readonly int _bodyLength;

    private ResponseMessage(byte[] buffer, MessageHeader header, OpMsgFlags flags, int bodyOffset, int bodyLength)
    {
        _buffer = buffer;
        Header = header;
        Flags = flags;
        _bodyOffset = bodyOffset;
        _bodyLength = bodyLength;
    }

    /// <summary>Gets the header.</summary>
    public MessageHeader Header { get; }

    /// <summary>Gets the OP_MSG flags (none for OP_REPLY).</summary>
    public OpMsgFlags Flags { get; }

    /// <summary>Gets a value indicating whether the server will send another reply without a request (exhaust).</summary>
    public bool MoreToCome => (Flags & OpMsgFlags.MoreToCome) != 0;

    /// <summary>Gets the reply document.</summary>
    public ReadOnlySpan<byte> Body => Buffer.AsSpan(_bodyOffset, _bodyLength);

    /// <summary>Gets the reply document as memory (valid until disposal).</summary>
    public ReadOnlyMemory<byte> BodyMemory => Buffer.AsMemory(_bodyOffset, _bodyLength);

    private byte[] Buffer => _buffer ?? ThrowDisposed();

    /// <summary>Parses a complete message, taking ownership of the rented <paramref name="buffer"/> (returned on failure too).</summary>
    /// <param name="buffer">The rented buffer holding the message from offset 0.</param>
    /// <param name="length">The message length.</param>
    /// <returns>The reply.</returns>
    /// <exception cref="InvalidDataException">The message is malformed, its checksum does not match, or it is of an unexpected type.</exception>
    public static ResponseMessage Parse(byte[] buffer, int length)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        try
        {
            var bytes = buffer.AsSpan(0, length);
            if (length < MessageHeader.Size)
            {
                throw new InvalidDataException($"The reply is {length} bytes, shorter than a message header.");
            }

            var header = MessageHeader.Read(bytes);
            if (header.MessageLength != length)
            {
                throw new InvalidDataException($"The reply header says {header.MessageLength} bytes but {length} were read.");
            }

            return header.OpCode switch
            {
                OpCode.Message => ParseOpMsg(buffer, bytes, header),
                OpCode.Reply => ParseOpReply(buffer, bytes, header),
                OpCode.Compressed => throw new InvalidDataException("The server sent a compressed reply although no compressor was negotiated."),
                _ => throw new InvalidDataException($"The server sent a message with unexpected opcode {(int)header.OpCode}."),
            };
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ResponseMessage ParseOpMsg(byte[] buffer, ReadOnlySpan<byte> bytes, MessageHeader header)
    {
        if (bytes.Length < MessageHeader.Size + sizeof(uint) + 1 + 5)
        {
            throw new InvalidDataException("The OP_MSG reply is too short to hold a document.");
        }

        var flags = (OpMsgFlags)BinaryPrimitives.ReadUInt32LittleEndian(bytes[MessageHeader.Size..]);
        var end = bytes.Length;
        if ((flags & OpMsgFlags.ChecksumPresent) != 0)
        {
            end -= sizeof(uint);
            var expected = BinaryPrimitives.ReadUInt32LittleEndian(bytes[end..]);
            var actual = Crc32C.Compute(bytes[..end]);
            if (expected != actual)
            {
                throw new InvalidDataException($"The OP_MSG reply checksum does not match (expected 0x{expected:X8}, computed 0x{actual:X8}); the message was corrupted in transit.");
            }
        }

        var position = MessageHeader.Size + sizeof(uint);
        var bodyOffset = -1;
        var bodyLength = 0;
        while (position < end)
        {
            var kind = bytes[position++];
            if (position + sizeof(int) > end)
            {
                throw new InvalidDataException("An OP_MSG section is truncated.");
            }

            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes[position..]);
            if (size < 5 || size > end - position)
            {
                throw new InvalidDataException($"An OP_MSG section declares {size} bytes but only {end - position} remain.");
            }

            switch (kind)
            {
                case 0 when bodyOffset >= 0:
                    throw new InvalidDataException("The OP_MSG reply has more than one body section.");
                case 0:
                    bodyOffset = position;
                    bodyLength = size;
                    break;
                case 1:
                    break;
                default:
                    throw new InvalidDataException($"The OP_MSG reply has a section of unknown kind {kind}.");
            }

            position += size;
        }

        if (bodyOffset < 0)
        {
            throw new InvalidDataException("The OP_MSG reply has no body section.");
        }

        return new ResponseMessage(buffer, header, flags, bodyOffset, bodyLength);
    }

    private static ResponseMessage ParseOpReply(byte[] buffer, ReadOnlySpan<byte> bytes, MessageHeader header)
    {
        if (bytes.Length < OpReplyFixedSize + 5)
        {
            throw new InvalidDataException("The OP_REPLY is too short to hold a document.");
        }

        var numberReturned = BinaryPrimitives.ReadInt32LittleEndian(bytes[(MessageHeader.Size + 16)..]);
        if (numberReturned != 1)
        {
            throw new InvalidDataException($"The OP_REPLY to a command holds {numberReturned} documents instead of 1.");
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(bytes[OpReplyFixedSize..]);
        if (size < 5 || size > bytes.Length - OpReplyFixedSize)
        {
            throw new InvalidDataException($"The OP_REPLY document declares {size} bytes but only {bytes.Length - OpReplyFixedSize} remain.");
        }

        return new ResponseMessage(buffer, header, OpMsgFlags.None, OpReplyFixedSize, size);
    }

    [DoesNotReturn]
    private static byte[] ThrowDisposed() => throw new ObjectDisposedException(nameof(ResponseMessage));
}
