using MongoPatterns.Caching;

namespace MongoPatterns.Tests.Caching;

public class QueryHashMemoTests
{
    [Fact]
    public void GetOrAdd_ReturnsTheHashOfExactlyTheGivenBytes_FirstTimeAndFromMemory()
    {
        var description = Guid.NewGuid().ToByteArray();
        var sameContent = description.ToArray();
        var oneBitOff = description.ToArray();
        oneBitOff[^1] ^= 1;

        var first = QueryHashMemo.GetOrAdd(description);
        var remembered = QueryHashMemo.GetOrAdd(sameContent);
        var other = QueryHashMemo.GetOrAdd(oneBitOff);

        Assert.Equal(CacheKeyBuilder.HashToBase64Url(description), first);
        Assert.Equal(first, remembered);
        Assert.Equal(CacheKeyBuilder.HashToBase64Url(oneBitOff), other);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void GetOrAdd_LongDescriptionsAndAFullMemo_StillHashCorrectly()
    {
        var longDescription = new byte[QueryHashMemo.MaxDescriptionLength + 1];
        Assert.Equal(CacheKeyBuilder.HashToBase64Url(longDescription), QueryHashMemo.GetOrAdd(longDescription));

        for (var i = 0; i <= QueryHashMemo.Capacity; i++)
        {
            var description = BitConverter.GetBytes(i);
            Assert.Equal(CacheKeyBuilder.HashToBase64Url(description), QueryHashMemo.GetOrAdd(description));
        }
    }
}
