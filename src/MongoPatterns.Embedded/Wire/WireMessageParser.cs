using System.Buffers.Binary;
using System.Text;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Embedded.Wire;

/// <summary>Parses complete frames (header included) into <see cref="WireRequest"/>s.</summary>
internal static class WireMessageParser
{
    private const uint RequiredFlagMask = 0xFFFF;
    private const uint KnownRequiredFlags = (uint)(OpMessageFlags.ChecksumPresent | OpMessageFlags.MoreToCome);

    private static readonly BsonReaderSettings CommandReaderSettings = new()
    {
        MaxDocumentSize = WireLimits.MaxCommandSize,
        MaxDepth = WireLimits.MaxCommandDepth,
    };

    /// <summary>Parses one frame.</summary>
    /// <param name="frame">The whole message, header included; its length matches the header's.</param>
    /// <returns>The request.</returns>
    /// <exception cref="WireProtocolException">The frame is malformed.</exception>
    public static WireRequest Parse(ReadOnlySpan<byte> frame)
    {
        var header = MessageHeader.Read(frame);
        header.Validate();
        if (header.MessageLength != frame.Length)
        {
            throw new WireProtocolException($"frame length {frame.Length} does not match the header's {header.MessageLength}");
        }

        try
        {
            return (OpCode)header.OpCode == OpCode.Message
                ? ParseMessage(header, frame)
                : ParseLegacyQuery(header, frame);
        }
        catch (BsonSerializationException exception)
        {
            throw new WireProtocolException("invalid BSON: " + exception.Message, exception);
        }
    }

    private static WireRequest ParseMessage(MessageHeader header, ReadOnlySpan<byte> frame)
    {
        var position = WireLimits.HeaderLength;
        if (frame.Length < position + 4)
        {
            throw new WireProtocolException("OP_MSG is too short for its flag bits");
        }

        var flags = BinaryPrimitives.ReadUInt32LittleEndian(frame[position..]);
        position += 4;
        if ((flags & RequiredFlagMask & ~KnownRequiredFlags) != 0)
        {
            throw new WireProtocolException($"OP_MSG has unknown required flag bits 0x{flags & RequiredFlagMask:X}");
        }

        var end = frame.Length;
        if ((flags & (uint)OpMessageFlags.ChecksumPresent) != 0)
        {
            if (end - position < 4)
            {
                throw new WireProtocolException("OP_MSG declares a checksum but is too short to hold it");
            }

            end -= 4;
            var expected = BinaryPrimitives.ReadUInt32LittleEndian(frame[end..]);
            var actual = Crc32C.Compute(frame[..end]);
            if (expected != actual)
            {
                throw new WireProtocolException($"OP_MSG checksum mismatch (expected 0x{expected:X8}, computed 0x{actual:X8})");
            }
        }

        BsonDocument? body = null;
        List<(string Identifier, BsonArray Documents)>? sequences = null;
        while (position < end)
        {
            var kind = frame[position++];
            switch (kind)
            {
                case 0:
                    if (body is not null)
                    {
                        throw new WireProtocolException("OP_MSG has more than one body section");
                    }

                    var length = ReadDocumentLength(frame, position, end);
                    body = BsonDocument.FromBson(frame.Slice(position, length), CommandReaderSettings);
                    position += length;
                    break;
                case 1:
                    sequences ??= [];
                    sequences.Add(ReadSequence(frame, ref position, end));
                    break;
                default:
                    throw new WireProtocolException($"OP_MSG has an unknown section kind {kind}");
            }
        }

        if (body is null)
        {
            throw new WireProtocolException("OP_MSG has no body section");
        }

        if (sequences is not null)
        {
            foreach (var (identifier, documents) in sequences)
            {
                if (body.Contains(identifier))
                {
                    throw new WireProtocolException($"OP_MSG document sequence '{identifier}' duplicates a body field");
                }

                body.Add(identifier, documents);
            }
        }

        var database = body.TryGetValue("$db", out var db) && db is BsonString dbName ? dbName.Value : null;
        return new WireRequest(WireRequestKind.Message, header.RequestId, body, database, (OpMessageFlags)flags);
    }

    private static (string Identifier, BsonArray Documents) ReadSequence(ReadOnlySpan<byte> frame, ref int position, int end)
    {
        if (end - position < 4)
        {
            throw new WireProtocolException("OP_MSG document sequence is truncated");
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(frame[position..]);
        if (size < 5 || size > end - position)
        {
            throw new WireProtocolException($"OP_MSG document sequence size {size} does not fit the message");
        }

        var sequenceEnd = position + size;
        position += 4;
        var identifier = ReadCString(frame, ref position, sequenceEnd);
        var documents = new BsonArray();
        while (position < sequenceEnd)
        {
            var length = ReadDocumentLength(frame, position, sequenceEnd);
            documents.Add(BsonDocument.FromBson(frame.Slice(position, length), CommandReaderSettings));
            position += length;
        }

        return (identifier, documents);
    }

    private static WireRequest ParseLegacyQuery(MessageHeader header, ReadOnlySpan<byte> frame)
    {
        var position = WireLimits.HeaderLength + 4; // flags
        if (frame.Length < position)
        {
            throw new WireProtocolException("OP_QUERY is too short");
        }

        var collectionName = ReadCString(frame, ref position, frame.Length);
        position += 8; // numberToSkip, numberToReturn
        var length = ReadDocumentLength(frame, position, frame.Length);
        var query = BsonDocument.FromBson(frame.Slice(position, length), CommandReaderSettings);
        position += length;
        if (position < frame.Length)
        {
            // Optional returnFieldsSelector; validated as BSON and otherwise ignored.
            var selectorLength = ReadDocumentLength(frame, position, frame.Length);
            _ = BsonDocument.FromBson(frame.Slice(position, selectorLength), CommandReaderSettings);
            position += selectorLength;
            if (position != frame.Length)
            {
                throw new WireProtocolException("OP_QUERY has trailing bytes");
            }
        }

        if (query.TryGetValue("$query", out var wrapped) && wrapped is BsonDocument inner)
        {
            query = inner;
        }

        var dot = collectionName.IndexOf('.', StringComparison.Ordinal);
        var database = dot > 0 ? collectionName[..dot] : collectionName;
        var collection = dot > 0 ? collectionName[(dot + 1)..] : string.Empty;
        if (collection != "$cmd")
        {
            throw new WireProtocolException($"OP_QUERY on '{collectionName}' (legacy find) was removed in MongoDB 6.0");
        }

        return new WireRequest(WireRequestKind.LegacyQuery, header.RequestId, query, database, OpMessageFlags.None);
    }

    private static int ReadDocumentLength(ReadOnlySpan<byte> frame, int position, int end)
    {
        if (end - position < 5)
        {
            throw new WireProtocolException("a BSON document is truncated");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(frame[position..]);
        if (length < 5 || length > end - position)
        {
            throw new WireProtocolException($"a BSON document length {length} does not fit the message");
        }

        return length;
    }

    private static string ReadCString(ReadOnlySpan<byte> frame, ref int position, int end)
    {
        var terminator = frame[position..end].IndexOf((byte)0);
        if (terminator < 0)
        {
            throw new WireProtocolException("a C string is not terminated");
        }

        var text = Encoding.UTF8.GetString(frame.Slice(position, terminator));
        position += terminator + 1;
        return text;
    }
}
