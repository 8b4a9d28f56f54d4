namespace MongoPatterns.Bson.Tests;

public sealed class BsonDateTimeTests
{
    [Fact]
    public void Constructor_FromUtcDateTime_CountsMillisecondsSinceTheEpoch()
    {
        var value = new BsonDateTime(new DateTime(1970, 1, 2, 0, 0, 0, 5, DateTimeKind.Utc));

        Assert.Equal(86_400_005, value.MillisecondsSinceEpoch);
    }

    [Fact]
    public void Constructor_FromLocalDateTime_ConvertsToUtc()
    {
        var utc = new DateTime(2024, 3, 4, 5, 6, 7, DateTimeKind.Utc);

        Assert.Equal(new BsonDateTime(utc), new BsonDateTime(utc.ToLocalTime()));
        Assert.Equal(new BsonDateTime(utc), new BsonDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified)));
        Assert.Equal(new BsonDateTime(utc), new BsonDateTime(new DateTimeOffset(utc).ToOffset(TimeSpan.FromHours(3))));
    }

    [Fact]
    public void Constructor_TruncatesSubMillisecondTicksTowardThePast()
    {
        Assert.Equal(0, new BsonDateTime(DateTime.UnixEpoch.AddTicks(9_999)).MillisecondsSinceEpoch);
        Assert.Equal(-1, new BsonDateTime(DateTime.UnixEpoch.AddTicks(-1)).MillisecondsSinceEpoch);
    }

    [Fact]
    public void ToUniversalTime_RoundTripsAndClampsToTheDateTimeRange()
    {
        var time = new DateTime(2001, 2, 3, 4, 5, 6, 789, DateTimeKind.Utc);

        Assert.Equal(time, new BsonDateTime(time).ToUniversalTime());
        Assert.Equal(DateTime.MaxValue, new BsonDateTime(long.MaxValue).ToUniversalTime());
        Assert.Equal(DateTime.MinValue, new BsonDateTime(long.MinValue).ToUniversalTime());
        Assert.Equal(DateTimeKind.Utc, new BsonDateTime(long.MinValue).ToUniversalTime().Kind);
        Assert.False(new BsonDateTime(long.MaxValue).IsValidDateTime);
        Assert.True(new BsonDateTime(0).IsValidDateTime);
    }

    [Fact]
    public void ExtremeValues_RoundTripThroughBson()
    {
        var document = new BsonDocument { { "min", new BsonDateTime(long.MinValue) }, { "max", new BsonDateTime(long.MaxValue) } };

        Assert.Equal(document, BsonDocument.FromBson(document.ToBson()));
    }
}
