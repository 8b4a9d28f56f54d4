namespace MongoPatterns.Bson;

/// <summary>BSON binary data: bytes with a <see cref="BsonBinarySubType"/>. Immutable: the bytes are copied in and exposed read-only.</summary>
public sealed class BsonBinaryData : BsonValue
{
    private const int GuidLength = 16;
    private readonly byte[] _bytes;

    /// <summary>Creates a value from a copy of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="subType">The subtype (generic binary by default).</param>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is null.</exception>
    public BsonBinaryData(byte[] bytes, BsonBinarySubType subType = BsonBinarySubType.Binary)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        _bytes = bytes.Length == 0 ? [] : (byte[])bytes.Clone();
        SubType = subType;
    }

    /// <summary>Creates a value from a copy of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="subType">The subtype (generic binary by default).</param>
    public BsonBinaryData(ReadOnlySpan<byte> bytes, BsonBinarySubType subType = BsonBinarySubType.Binary)
    {
        _bytes = bytes.ToArray();
        SubType = subType;
    }

    /// <summary>Creates a standard UUID (subtype 4) holding <paramref name="guid"/> in RFC 4122 byte order.</summary>
    /// <param name="guid">The GUID.</param>
    public BsonBinaryData(Guid guid)
        : this(guid, GuidRepresentation.Standard)
    {
    }

    /// <summary>
    /// Creates a UUID in the given representation: <see cref="GuidRepresentation.Standard"/> gives subtype 4, the legacy
    /// representations give subtype 3 with their byte order.
    /// </summary>
    /// <param name="guid">The GUID.</param>
    /// <param name="representation">The byte order.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="representation"/> is not defined.</exception>
    public BsonBinaryData(Guid guid, GuidRepresentation representation)
    {
        _bytes = new byte[GuidLength];
        switch (representation)
        {
            case GuidRepresentation.Standard:
            case GuidRepresentation.PythonLegacy:
                guid.TryWriteBytes(_bytes, bigEndian: true, out _);
                break;
            case GuidRepresentation.CSharpLegacy:
                guid.TryWriteBytes(_bytes);
                break;
            case GuidRepresentation.JavaLegacy:
                guid.TryWriteBytes(_bytes, bigEndian: true, out _);
                _bytes.AsSpan(0, 8).Reverse();
                _bytes.AsSpan(8, 8).Reverse();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(representation), representation, "Unknown GUID representation.");
        }

        SubType = representation == GuidRepresentation.Standard ? BsonBinarySubType.UuidStandard : BsonBinarySubType.UuidLegacy;
    }

    private BsonBinaryData(byte[] ownedBytes, BsonBinarySubType subType, bool _)
    {
        _bytes = ownedBytes;
        SubType = subType;
    }

    /// <summary>Gets the bytes (read-only).</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <summary>Gets the subtype.</summary>
    public BsonBinarySubType SubType { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Binary;

    /// <summary>Returns a copy of the bytes.</summary>
    /// <returns>A new array.</returns>
    public byte[] ToByteArray() => (byte[])_bytes.Clone();

    /// <summary>Returns the <see cref="Guid"/> of a standard UUID (subtype 4, 16 bytes).</summary>
    /// <returns>The GUID.</returns>
    /// <exception cref="InvalidOperationException">The value is not a 16-byte subtype 4 UUID.</exception>
    public Guid ToGuid() => ToGuid(GuidRepresentation.Standard);

    /// <summary>
    /// Returns the <see cref="Guid"/> of a UUID: subtype 4 needs <see cref="GuidRepresentation.Standard"/>, subtype 3 needs
    /// the legacy representation it was written with.
    /// </summary>
    /// <param name="representation">The byte order.</param>
    /// <returns>The GUID.</returns>
    /// <exception cref="InvalidOperationException">The value is not a 16-byte UUID, or the representation does not fit the subtype.</exception>
    public Guid ToGuid(GuidRepresentation representation)
    {
        if (_bytes.Length != GuidLength || SubType is not (BsonBinarySubType.UuidStandard or BsonBinarySubType.UuidLegacy))
        {
            throw new InvalidOperationException(
                $"Binary subtype {(byte)SubType} of {_bytes.Length} bytes is not a UUID (subtype 3 or 4 of 16 bytes).");
        }

        if ((SubType == BsonBinarySubType.UuidStandard) != (representation == GuidRepresentation.Standard))
        {
            throw new InvalidOperationException(SubType == BsonBinarySubType.UuidStandard
                ? "Binary subtype 4 always holds a UUID in standard byte order; use GuidRepresentation.Standard."
                : "Binary subtype 3 holds a UUID in a legacy byte order; say which one (CSharpLegacy, JavaLegacy or PythonLegacy).");
        }

        switch (representation)
        {
            case GuidRepresentation.CSharpLegacy:
                return new Guid(_bytes);
            case GuidRepresentation.JavaLegacy:
                Span<byte> swapped = stackalloc byte[GuidLength];
                _bytes.CopyTo(swapped);
                swapped[..8].Reverse();
                swapped[8..].Reverse();
                return new Guid(swapped, bigEndian: true);
            case GuidRepresentation.Standard:
            case GuidRepresentation.PythonLegacy:
                return new Guid(_bytes, bigEndian: true);
            default:
                throw new ArgumentOutOfRangeException(nameof(representation), representation, "Unknown GUID representation.");
        }
    }

    /// <summary>Wraps an array without copying it; the caller must not keep or change it.</summary>
    /// <param name="ownedBytes">The array to take over.</param>
    /// <param name="subType">The subtype.</param>
    /// <returns>The BSON value.</returns>
    internal static BsonBinaryData TakeOwnership(byte[] ownedBytes, BsonBinarySubType subType) => new(ownedBytes, subType, false);

    /// <summary>Gets the bytes without copying.</summary>
    internal ReadOnlySpan<byte> Span => _bytes;

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other)
    {
        var binary = (BsonBinaryData)other;
        return SubType == binary.SubType && _bytes.AsSpan().SequenceEqual(binary._bytes);
    }

    /// <inheritdoc/>
    private protected override int GetHashCodeCore()
    {
        var hash = default(HashCode);
        hash.Add(SubType);
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }
}
