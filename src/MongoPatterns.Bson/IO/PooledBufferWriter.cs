using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace MongoPatterns.Bson.IO;

/// <summary>
/// A growable <see cref="IBufferWriter{T}"/> of bytes whose storage is rented from <see cref="ArrayPool{T}.Shared"/>.
/// Dispose it to return the buffer. Written bytes stay addressable, so lengths can be back-patched.
/// </summary>
public sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int DefaultInitialCapacity = 256;

    // Array.MaxLength: the largest array the runtime allows.
    private const int MaxCapacity = 0x7FFF_FFC7;

    private byte[] _buffer;
    private int _written;
    private bool _disposed;

    /// <summary>Creates a writer with a default initial capacity.</summary>
    public PooledBufferWriter()
        : this(DefaultInitialCapacity)
    {
    }

    /// <summary>Creates a writer with room for at least <paramref name="initialCapacity"/> bytes.</summary>
    /// <param name="initialCapacity">The initial capacity in bytes.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialCapacity"/> is negative.</exception>
    public PooledBufferWriter(int initialCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCapacity);
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 16));
    }

    /// <summary>Gets the number of bytes written.</summary>
    public int WrittenCount => _written;

    /// <summary>Gets the bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <summary>Gets the bytes written so far (valid until the next write, <see cref="Clear"/> or <see cref="Dispose"/>).</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    /// <summary>Gets the current capacity in bytes.</summary>
    public int Capacity => _buffer.Length;

    /// <inheritdoc/>
    public void Advance(int count)
    {
        if ((uint)count > (uint)(_buffer.Length - _written))
        {
            ThrowAdvance(count);
        }

        _written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        EnsureFree(sizeHint);
        return _buffer.AsMemory(_written);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        EnsureFree(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Forgets the written bytes but keeps the buffer for reuse.</summary>
    public void Clear() => _written = 0;

    /// <summary>Copies the written bytes into a new array.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Overwrites four already-written bytes at <paramref name="position"/> with <paramref name="value"/> in little-endian order.</summary>
    /// <param name="position">The offset of the first byte (from the start of the buffer).</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The four bytes are not all written yet.</exception>
    public void WriteInt32LittleEndianAt(int position, int value)
    {
        if (position < 0 || position > _written - sizeof(int))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Only bytes already written can be overwritten.");
        }

        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(position), value);
    }

    /// <summary>Returns the buffer to the pool. The writer must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        var buffer = _buffer;
        _buffer = [];
        _written = 0;
        ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Overwrites one already-written byte (used to patch element type bytes).</summary>
    /// <param name="position">The offset of the byte.</param>
    /// <param name="value">The value.</param>
    internal void WriteByteAt(int position, byte value) => _buffer[position] = value;

    /// <summary>Appends one byte.</summary>
    /// <param name="value">The value.</param>
    internal void WriteByte(byte value)
    {
        if (_written == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_written++] = value;
    }

    private void EnsureFree(int sizeHint)
    {
        if (sizeHint < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sizeHint), sizeHint, "The size hint cannot be negative.");
        }

        if (sizeHint == 0)
        {
            sizeHint = 1;
        }

        if (sizeHint > _buffer.Length - _written)
        {
            Grow(sizeHint);
        }
    }

    private void Grow(int sizeHint)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var required = (long)_written + sizeHint;
        if (required > MaxCapacity)
        {
            throw new InvalidOperationException($"A buffer of {required} bytes would exceed the largest possible array.");
        }

        var capacity = (int)Math.Min(Math.Max(required, (long)_buffer.Length * 2), MaxCapacity);
        var next = ArrayPool<byte>.Shared.Rent(capacity);
        _buffer.AsSpan(0, _written).CopyTo(next);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = next;
    }

    [DoesNotReturn]
    private void ThrowAdvance(int count) =>
        throw new ArgumentOutOfRangeException(nameof(count), count, $"Cannot advance past the end of the buffer ({_buffer.Length - _written} bytes free).");
}
