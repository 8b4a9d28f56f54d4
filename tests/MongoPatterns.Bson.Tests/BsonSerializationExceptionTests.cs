namespace MongoPatterns.Bson.Tests;

public sealed class BsonSerializationExceptionTests
{
    [Fact]
    public void Message_NamesOffsetAndPath()
    {
        var exception = new BsonSerializationException("Invalid BSON: string length 12 exceeds the remaining 5 bytes", 37, "user.name");

        Assert.Equal("Invalid BSON: string length 12 exceeds the remaining 5 bytes at offset 37 (field 'user.name').", exception.Message);
        Assert.Equal(37, exception.Offset);
        Assert.Equal("user.name", exception.Path);
        Assert.IsAssignableFrom<BsonException>(exception);
    }

    [Fact]
    public void Message_WithoutLocation_IsTheReason()
    {
        Assert.Equal("Bad.", new BsonSerializationException("Bad", null, null).Message);
        Assert.Null(new BsonSerializationException("Bad", null, "").Path);
        Assert.Equal("plain", new BsonSerializationException("plain").Message);
        Assert.NotNull(new BsonSerializationException().Message);
        Assert.IsType<InvalidOperationException>(new BsonException("x", new InvalidOperationException()).InnerException);
    }
}
