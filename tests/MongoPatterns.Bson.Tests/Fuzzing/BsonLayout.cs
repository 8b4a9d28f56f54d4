using System.Buffers.Binary;

namespace MongoPatterns.Bson.Tests.Fuzzing;

/// <summary>Where the length fields and element type bytes of a valid BSON document are, so mutations can target them.</summary>
internal sealed class BsonLayout
{
    private BsonLayout()
    {
    }

    /// <summary>Gets the offsets of every int32 length prefix (documents, arrays, strings, binary, code-with-scope).</summary>
    public List<int> LengthFields { get; } = [];

    /// <summary>Gets the offsets of every element type byte.</summary>
    public List<int> TypeBytes { get; } = [];

    /// <summary>Maps a valid document; an invalid one yields whatever was found before the problem.</summary>
    public static BsonLayout Of(byte[] document)
    {
        var layout = new BsonLayout();
        try
        {
            layout.Document(document, 0);
        }
        catch (ArgumentOutOfRangeException)
        {
        }
        catch (IndexOutOfRangeException)
        {
        }

        return layout;
    }

    private int Document(byte[] data, int start)
    {
        LengthFields.Add(start);
        var length = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(start));
        var end = start + length - 1;
        var position = start + 4;
        while (position < end)
        {
            var type = data[position];
            TypeBytes.Add(position);
            position = Array.IndexOf(data, (byte)0, position + 1) + 1;
            position = Value(data, type, position);
        }

        return start + length;
    }

    private int Value(byte[] data, byte type, int position)
    {
        switch (type)
        {
            case 0x01:
            case 0x09:
            case 0x11:
            case 0x12:
                return position + 8;
            case 0x10:
                return position + 4;
            case 0x13:
                return position + 16;
            case 0x07:
                return position + 12;
            case 0x08:
                return position + 1;
            case 0x02:
            case 0x0D:
            case 0x0E:
                return String(data, position);
            case 0x03:
            case 0x04:
                return Document(data, position);
            case 0x05:
                LengthFields.Add(position);
                return position + 5 + BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position));
            case 0x0B:
                position = Array.IndexOf(data, (byte)0, position) + 1;
                return Array.IndexOf(data, (byte)0, position) + 1;
            case 0x0C:
                return String(data, position) + 12;
            case 0x0F:
                LengthFields.Add(position);
                return Document(data, String(data, position + 4));
            default:
                return position;
        }
    }

    private int String(byte[] data, int position)
    {
        LengthFields.Add(position);
        return position + 4 + BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position));
    }
}
