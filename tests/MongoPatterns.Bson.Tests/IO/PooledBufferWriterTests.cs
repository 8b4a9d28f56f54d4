using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Tests.IO;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Writes_GrowTheBufferAndKeepTheBytes()
    {
        using var writer = new PooledBufferWriter(16);
        var payload = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();

        for (var i = 0; i < payload.Length; i += 100)
        {
            payload.AsSpan(i, 100).CopyTo(writer.GetSpan(100));
            writer.Advance(100);
        }

        Assert.Equal(1000, writer.WrittenCount);
        Assert.Equal(payload, writer.WrittenSpan.ToArray());
        Assert.Equal(payload, writer.WrittenMemory.ToArray());
        Assert.Equal(payload, writer.ToArray());
        Assert.True(writer.Capacity >= 1000);
    }

    [Fact]
    public void Clear_KeepsTheBuffer()
    {
        using var writer = new PooledBufferWriter();
        writer.GetSpan(500);
        writer.Advance(500);
        var capacity = writer.Capacity;

        writer.Clear();

        Assert.Equal(0, writer.WrittenCount);
        Assert.Equal(capacity, writer.Capacity);
    }

    [Fact]
    public void WriteInt32LittleEndianAt_PatchesWrittenBytes()
    {
        using var writer = new PooledBufferWriter();
        writer.GetSpan(8)[..8].Clear();
        writer.Advance(8);

        writer.WriteInt32LittleEndianAt(2, 0x01020304);

        Assert.Equal(new byte[] { 0, 0, 4, 3, 2, 1, 0, 0 }, writer.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteInt32LittleEndianAt(5, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteInt32LittleEndianAt(-1, 1));
    }

    [Fact]
    public void Advance_PastTheBuffer_Throws()
    {
        using var writer = new PooledBufferWriter(16);

        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(writer.Capacity + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
    }

    [Fact]
    public void GetMemory_HonoursTheSizeHint()
    {
        using var writer = new PooledBufferWriter(16);

        Assert.True(writer.GetMemory(5000).Length >= 5000);
        Assert.True(writer.GetSpan().Length >= 1);
    }

    [Fact]
    public void Dispose_ThenWriting_ThrowsObjectDisposedException()
    {
        var writer = new PooledBufferWriter();
        writer.Dispose();
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.GetSpan(10));
        Assert.Equal(0, writer.WrittenCount);
    }
}
