using System.Collections.Concurrent;

namespace MongoPatterns.Bson.Tests;

public sealed class ObjectIdTests
{
    [Fact]
    public void GenerateNewId_UsesTheCurrentTimeInSeconds()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var id = ObjectId.GenerateNewId();
        var after = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        Assert.InRange(id.Timestamp, before, after);
        Assert.Equal(DateTimeKind.Utc, id.CreationTime.Kind);
        Assert.InRange(id.CreationTime, DateTime.UnixEpoch.AddSeconds(before), DateTime.UnixEpoch.AddSeconds(after));
    }

    [Fact]
    public void GenerateNewId_ConsecutiveIds_ShareTheProcessRandomAndIncrementTheCounter()
    {
        var first = ObjectId.GenerateNewId(1_700_000_000).ToByteArray();
        var second = ObjectId.GenerateNewId(1_700_000_000).ToByteArray();

        Assert.Equal(first[4..9], second[4..9]);
        var firstCounter = (first[9] << 16) | (first[10] << 8) | first[11];
        var secondCounter = (second[9] << 16) | (second[10] << 8) | second[11];
        Assert.Equal((firstCounter + 1) & 0xFFFFFF, secondCounter);
    }

    [Fact]
    public void GenerateNewId_TimestampPart_IsBigEndianSeconds()
    {
        var bytes = ObjectId.GenerateNewId(0x01020304).ToByteArray();

        Assert.Equal(new byte[] { 1, 2, 3, 4 }, bytes[..4]);
    }

    [Fact]
    public void GenerateNewId_FromManyThreads_GivesUniqueIds()
    {
        var ids = new ConcurrentBag<ObjectId>();
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                ids.Add(ObjectId.GenerateNewId());
            }
        });

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void GenerateNewId_FromDateTime_UsesItsUtcSeconds()
    {
        var time = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

        var id = ObjectId.GenerateNewId(time);

        Assert.Equal(time, id.CreationTime);
        Assert.Equal(time, ObjectId.GenerateNewId(time.ToLocalTime()).CreationTime);
    }

    [Fact]
    public void GenerateNewId_FromDateTimeBefore1970_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ObjectId.GenerateNewId(new DateTime(1969, 12, 31, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void CreationTime_ReadsTheTimestampAsUnsigned()
    {
        var id = ObjectId.Parse("ffffffff0000000000000000");

        Assert.Equal(-1, id.Timestamp);
        Assert.Equal(DateTime.UnixEpoch.AddSeconds(uint.MaxValue), id.CreationTime);
    }

    [Fact]
    public void ParseAndToString_RoundTripAsLowercaseHex()
    {
        var id = ObjectId.Parse("5F1D7A3B9C0E4D2A1B3C4D5E");

        Assert.Equal("5f1d7a3b9c0e4d2a1b3c4d5e", id.ToString());
        Assert.Equal(id, ObjectId.Parse(id.ToString()));
        Assert.Equal(id, new ObjectId("5f1d7a3b9c0e4d2a1b3c4d5e"));
        Assert.Equal("5f1d7a3b9c0e4d2a1b3c4d5e", $"{id}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5f1d7a3b9c0e4d2a1b3c4d5")]
    [InlineData("5f1d7a3b9c0e4d2a1b3c4d5e0")]
    [InlineData("5f1d7a3b9c0e4d2a1b3c4d5g")]
    [InlineData(" 5f1d7a3b9c0e4d2a1b3c4d5")]
    public void TryParse_InvalidText_ReturnsFalse(string? text)
    {
        Assert.False(ObjectId.TryParse(text, out var id));
        Assert.Equal(ObjectId.Empty, id);
    }

    [Fact]
    public void Parse_InvalidText_ThrowsFormatException()
    {
        var exception = Assert.Throws<FormatException>(() => ObjectId.Parse("not an id"));

        Assert.Contains("24 hexadecimal digits", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_RoundTripThroughTheSpanConstructor()
    {
        var bytes = Enumerable.Range(1, 12).Select(i => (byte)i).ToArray();

        var id = new ObjectId(bytes);
        Span<byte> written = stackalloc byte[12];
        id.WriteTo(written);

        Assert.Equal(bytes, id.ToByteArray());
        Assert.Equal(bytes, written.ToArray());
        Assert.Equal("0102030405060708090a0b0c", id.ToString());
    }

    [Fact]
    public void Constructor_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ObjectId(new byte[11]));
    }

    [Fact]
    public void Empty_IsAllZeros()
    {
        Assert.Equal("000000000000000000000000", ObjectId.Empty.ToString());
        Assert.Equal(default, ObjectId.Empty);
    }

    [Fact]
    public void Comparison_IsByteWise()
    {
        var low = ObjectId.Parse("000000000000000000000001");
        var high = ObjectId.Parse("000000000000000000000002");
        var highest = ObjectId.Parse("800000000000000000000000");

        Assert.True(low < high);
        Assert.True(high < highest);
        Assert.True(highest > low);
        Assert.True(low <= ObjectId.Parse("000000000000000000000001"));
        Assert.True(low >= ObjectId.Parse("000000000000000000000001"));
        Assert.True(low != high);
        Assert.Equal(-1, Math.Sign(low.CompareTo(highest)));
        Assert.Equal(0, low.CompareTo(ObjectId.Parse("000000000000000000000001")));
    }

    [Fact]
    public void Equality_AndHashCode_FollowTheBytes()
    {
        var a = ObjectId.Parse("5f1d7a3b9c0e4d2a1b3c4d5e");
        var b = ObjectId.Parse("5F1D7A3B9C0E4D2A1B3C4D5E");

        Assert.True(a == b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
