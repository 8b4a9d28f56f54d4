using System.Buffers.Binary;

namespace MongoPatterns.Bson.Tests.Fuzzing;

/// <summary>Damages valid BSON in the ways parsers get wrong: bit flips, inserted and deleted bytes, truncation, tampered length fields, swapped type bytes and duplicated chunks.</summary>
internal sealed class BsonMutator(Random random)
{
    private static readonly byte[] s_typeBytes = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x7F, 0x80, 0xFF];

    public byte[] Mutate(byte[] original, BsonLayout layout)
    {
        var data = original;
        var rounds = random.Next(10) == 0 ? 2 : 1;
        for (var round = 0; round < rounds; round++)
        {
            data = random.Next(7) switch
            {
                0 => FlipBits(data),
                1 => InsertByte(data),
                2 => DeleteByte(data),
                3 => Truncate(data),
                4 => TamperLength(data, layout),
                5 => SwapType(data, layout),
                _ => DuplicateChunk(data),
            };
        }

        return data;
    }

    private byte[] FlipBits(byte[] data)
    {
        var copy = (byte[])data.Clone();
        var flips = random.Next(1, 4);
        for (var i = 0; i < flips && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private byte[] InsertByte(byte[] data)
    {
        var at = random.Next(data.Length + 1);
        return [.. data.AsSpan(0, at), (byte)random.Next(256), .. data.AsSpan(at)];
    }

    private byte[] DeleteByte(byte[] data)
    {
        if (data.Length == 0)
        {
            return data;
        }

        var at = random.Next(data.Length);
        return [.. data.AsSpan(0, at), .. data.AsSpan(at + 1)];
    }

    private byte[] Truncate(byte[] data) => data.AsSpan(0, random.Next(data.Length)).ToArray();

    private byte[] TamperLength(byte[] data, BsonLayout layout)
    {
        var copy = (byte[])data.Clone();
        var offset = layout.LengthFields.Count > 0 && copy.Length >= 4 ? layout.LengthFields[random.Next(layout.LengthFields.Count)] : 0;
        if (offset + 4 > copy.Length)
        {
            return copy;
        }

        var current = BinaryPrimitives.ReadInt32LittleEndian(copy.AsSpan(offset));
        var tampered = random.Next(10) switch
        {
            0 => 0,
            1 => -1,
            2 => int.MaxValue,
            3 => int.MinValue,
            4 => copy.Length - offset,
            5 => current + random.Next(1, 9),
            6 => current - random.Next(1, 9),
            7 => 4,
            8 => 5,
            _ => random.Next(),
        };
        BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(offset), tampered);
        return copy;
    }

    private byte[] SwapType(byte[] data, BsonLayout layout)
    {
        if (layout.TypeBytes.Count == 0)
        {
            return FlipBits(data);
        }

        // The layout is the original's; after an earlier mutation in the same round the offset may lie beyond the end.
        var copy = (byte[])data.Clone();
        var offset = layout.TypeBytes[random.Next(layout.TypeBytes.Count)];
        if (offset < copy.Length)
        {
            copy[offset] = s_typeBytes[random.Next(s_typeBytes.Length)];
        }

        return copy;
    }

    private byte[] DuplicateChunk(byte[] data)
    {
        if (data.Length < 2)
        {
            return InsertByte(data);
        }

        var start = random.Next(data.Length);
        var length = random.Next(1, Math.Min(16, data.Length - start) + 1);
        var at = random.Next(data.Length + 1);
        return [.. data.AsSpan(0, at), .. data.AsSpan(start, length), .. data.AsSpan(at)];
    }
}
