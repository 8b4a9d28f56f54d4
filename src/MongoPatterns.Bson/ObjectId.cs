using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace MongoPatterns.Bson;

/// <summary>
/// A 12-byte BSON ObjectId: a 4-byte big-endian timestamp (seconds since the Unix epoch), a 5-byte random value
/// chosen once per process and a 3-byte big-endian counter that starts at a random value and wraps.
/// </summary>
/// <remarks>
/// The bytes are held in three fields (no array). Ordering is byte-wise, which is the order MongoDB uses.
/// The text form is 24 lowercase hexadecimal digits.
/// </remarks>
public readonly struct ObjectId : IComparable<ObjectId>, IEquatable<ObjectId>, ISpanFormattable
{
    /// <summary>The number of bytes in an ObjectId.</summary>
    public const int ByteLength = 12;

    private const int HexLength = 24;
    private const uint CounterMask = 0x00FF_FFFF;

    private static readonly ulong s_processRandom = CreateProcessRandom();
    private static int s_counter = CreateCounterSeed();

    // Bytes 0-3, 4-7 and 8-11, each read big-endian so that comparing the fields compares the bytes.
    private readonly uint _high;
    private readonly uint _middle;
    private readonly uint _low;

    /// <summary>Creates an ObjectId from its 12 bytes.</summary>
    /// <param name="bytes">Exactly 12 bytes.</param>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 12 bytes long.</exception>
    public ObjectId(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteLength)
        {
            throw new ArgumentException($"An ObjectId is {ByteLength} bytes; {bytes.Length} were given.", nameof(bytes));
        }

        _high = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        _middle = BinaryPrimitives.ReadUInt32BigEndian(bytes[4..]);
        _low = BinaryPrimitives.ReadUInt32BigEndian(bytes[8..]);
    }

    /// <summary>Creates an ObjectId from its 24-digit hexadecimal text.</summary>
    /// <param name="hex">24 hexadecimal digits (either case).</param>
    /// <exception cref="FormatException"><paramref name="hex"/> is not 24 hexadecimal digits.</exception>
    public ObjectId(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        this = ParseCore(hex);
    }

    private ObjectId(uint high, uint middle, uint low)
    {
        _high = high;
        _middle = middle;
        _low = low;
    }

    /// <summary>Gets the ObjectId whose 12 bytes are all zero.</summary>
    public static ObjectId Empty => default;

    /// <summary>Gets the timestamp part: seconds since the Unix epoch (read as unsigned by <see cref="CreationTime"/>).</summary>
    public int Timestamp => unchecked((int)_high);

    /// <summary>Gets the creation time encoded in the timestamp part, in UTC, with a resolution of one second.</summary>
    public DateTime CreationTime => DateTime.UnixEpoch.AddSeconds(_high);

    /// <summary>Generates a new ObjectId for the current time.</summary>
    /// <returns>A new, process-wide unique ObjectId.</returns>
    public static ObjectId GenerateNewId() => GenerateNewId(unchecked((uint)DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    /// <summary>Generates a new ObjectId whose timestamp part is <paramref name="timestamp"/>.</summary>
    /// <param name="timestamp">The time; <see cref="DateTimeKind.Local"/> values are converted to UTC, other kinds are taken as UTC.</param>
    /// <returns>A new, process-wide unique ObjectId.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The time is before 1970 or after 2106-02-07 (the range of 32 unsigned bits of seconds).</exception>
    public static ObjectId GenerateNewId(DateTime timestamp)
    {
        var utc = timestamp.Kind == DateTimeKind.Local ? timestamp.ToUniversalTime() : timestamp;
        var seconds = (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
        if (utc.Ticks < DateTime.UnixEpoch.Ticks || seconds > uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(timestamp), timestamp, "An ObjectId timestamp holds 32 unsigned bits of seconds since 1970-01-01 UTC.");
        }

        return GenerateNewId((uint)seconds);
    }

    /// <summary>Generates a new ObjectId whose timestamp part is <paramref name="timestamp"/> seconds since the Unix epoch.</summary>
    /// <param name="timestamp">The timestamp part (stored as its 32 bits).</param>
    /// <returns>A new, process-wide unique ObjectId.</returns>
    public static ObjectId GenerateNewId(int timestamp) => GenerateNewId(unchecked((uint)timestamp));

    /// <summary>Parses 24 hexadecimal digits.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The ObjectId.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not 24 hexadecimal digits.</exception>
    public static ObjectId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseCore(s);
    }

    /// <summary>Parses 24 hexadecimal digits.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The ObjectId.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not 24 hexadecimal digits.</exception>
    public static ObjectId Parse(ReadOnlySpan<char> s) => ParseCore(s);

    /// <summary>Tries to parse 24 hexadecimal digits.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The ObjectId, or <see cref="Empty"/> on failure.</param>
    /// <returns>Whether <paramref name="s"/> was 24 hexadecimal digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ObjectId result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), out result);
    }

    /// <summary>Tries to parse 24 hexadecimal digits.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The ObjectId, or <see cref="Empty"/> on failure.</param>
    /// <returns>Whether <paramref name="s"/> was 24 hexadecimal digits.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out ObjectId result)
    {
        if (s.Length == HexLength
            && TryParseHex32(s[..8], out var high)
            && TryParseHex32(s.Slice(8, 8), out var middle)
            && TryParseHex32(s.Slice(16, 8), out var low))
        {
            result = new ObjectId(high, middle, low);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Writes the 12 bytes to <paramref name="destination"/>.</summary>
    /// <param name="destination">At least 12 bytes.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 12 bytes.</exception>
    public void WriteTo(Span<byte> destination)
    {
        if (destination.Length < ByteLength)
        {
            throw new ArgumentException($"An ObjectId needs {ByteLength} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt32BigEndian(destination, _high);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], _middle);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], _low);
    }

    /// <summary>Returns the 12 bytes in a new array.</summary>
    /// <returns>A new 12-byte array.</returns>
    public byte[] ToByteArray()
    {
        var bytes = new byte[ByteLength];
        WriteTo(bytes);
        return bytes;
    }

    /// <summary>Returns the 24 lowercase hexadecimal digits.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(HexLength, this, static (chars, id) => id.FormatHex(chars));

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (destination.Length < HexLength)
        {
            charsWritten = 0;
            return false;
        }

        FormatHex(destination);
        charsWritten = HexLength;
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(ObjectId other)
    {
        var result = _high.CompareTo(other._high);
        if (result != 0)
        {
            return result;
        }

        result = _middle.CompareTo(other._middle);
        return result != 0 ? result : _low.CompareTo(other._low);
    }

    /// <inheritdoc/>
    public bool Equals(ObjectId other) => _high == other._high && _middle == other._middle && _low == other._low;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ObjectId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_high, _middle, _low);

    /// <summary>Compares two ObjectIds for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether all 12 bytes are equal.</returns>
    public static bool operator ==(ObjectId left, ObjectId right) => left.Equals(right);

    /// <summary>Compares two ObjectIds for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether any byte differs.</returns>
    public static bool operator !=(ObjectId left, ObjectId right) => !left.Equals(right);

    /// <summary>Byte-wise less-than.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(ObjectId left, ObjectId right) => left.CompareTo(right) < 0;

    /// <summary>Byte-wise less-than-or-equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(ObjectId left, ObjectId right) => left.CompareTo(right) <= 0;

    /// <summary>Byte-wise greater-than.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(ObjectId left, ObjectId right) => left.CompareTo(right) > 0;

    /// <summary>Byte-wise greater-than-or-equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(ObjectId left, ObjectId right) => left.CompareTo(right) >= 0;

    private static ObjectId ParseCore(ReadOnlySpan<char> s)
    {
        if (!TryParse(s, out var result))
        {
            ThrowFormat(s);
        }

        return result;
    }

    private static ObjectId GenerateNewId(uint seconds)
    {
        var counter = unchecked((uint)Interlocked.Increment(ref s_counter)) & CounterMask;

        // Bytes 4-8 hold the 40-bit process random value, bytes 9-11 the counter.
        var middle = unchecked((uint)(s_processRandom >> 8));
        var low = unchecked((uint)(s_processRandom << 24)) | counter;
        return new ObjectId(seconds, middle, low);
    }

    private static ulong CreateProcessRandom()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return BinaryPrimitives.ReadUInt64LittleEndian(bytes) & 0xFF_FFFF_FFFF;
    }

    private static int CreateCounterSeed() => RandomNumberGenerator.GetInt32(0, (int)CounterMask + 1);

    private static bool TryParseHex32(ReadOnlySpan<char> chars, out uint value)
    {
        value = 0;
        foreach (var c in chars)
        {
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | (uint)digit;
        }

        return true;
    }

    [DoesNotReturn]
    private static void ThrowFormat(ReadOnlySpan<char> s) =>
        throw new FormatException($"'{s}' is not a valid ObjectId: expected 24 hexadecimal digits.");

    private void FormatHex(Span<char> chars)
    {
        WriteHex32(chars, _high);
        WriteHex32(chars[8..], _middle);
        WriteHex32(chars[16..], _low);
    }

    private static void WriteHex32(Span<char> chars, uint value)
    {
        const string Digits = "0123456789abcdef";
        for (var i = 7; i >= 0; i--)
        {
            chars[i] = Digits[(int)(value & 0xF)];
            value >>= 4;
        }
    }
}
