using MongoPatterns.Bson.Serialization.Attributes;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization.Serializers;

public sealed class TimeSerializerTests
{
    [Fact]
    public void DateTime_Utc_IsStoredAsBsonDateTime_AndReadBackAsUtc()
    {
        var time = new DateTime(2024, 5, 6, 7, 8, 9, 123, DateTimeKind.Utc);

        var document = ToDocument(new Box<DateTime>(time));
        var copy = FromDocument<Box<DateTime>>(document).Value;

        Assert.Equal(new BsonDateTime(time), document["value"]);
        Assert.Equal(time, copy);
        Assert.Equal(DateTimeKind.Utc, copy.Kind);
    }

    [Fact]
    public void DateTime_Local_IsConvertedToUtc()
    {
        var local = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Local);

        var copy = RoundTrip(new Box<DateTime>(local)).Value;

        Assert.Equal(local.ToUniversalTime(), copy);
        Assert.Equal(DateTimeKind.Utc, copy.Kind);
    }

    [Fact]
    public void DateTime_Unspecified_IsTakenAsUtc()
    {
        var unspecified = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Unspecified);

        var copy = RoundTrip(new Box<DateTime>(unspecified)).Value;

        Assert.Equal(DateTime.SpecifyKind(unspecified, DateTimeKind.Utc), copy);
    }

    [Fact]
    public void DateTime_SubMillisecondTicks_AreTruncated()
    {
        var time = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(12_345);

        Assert.Equal(new DateTime(2024, 1, 1, 0, 0, 0, 1, DateTimeKind.Utc), RoundTrip(new Box<DateTime>(time)).Value);
    }

    [Fact]
    public void DateTime_MinAndMax_RoundTrip()
    {
        Assert.Equal(DateTime.MinValue, RoundTrip(new Box<DateTime>(DateTime.MinValue)).Value);
        Assert.Equal(DateTime.MaxValue, RoundTrip(new Box<DateTime>(DateTime.MaxValue)).Value);
    }

    [Fact]
    public void DateTime_OutOfRange_Throws()
    {
        var exception = ReadFails<Box<DateTime>>(new BsonDocument("value", new BsonDateTime(long.MaxValue)));

        Assert.Contains("outside the range of DateTime", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Representations_StoreDatesAsStrings()
    {
        var value = new TextTimes
        {
            When = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1),
            At = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)).AddTicks(3),
            Day = new DateOnly(2024, 2, 29),
            Time = new TimeOnly(13, 14, 15, 16),
            Duration = new TimeSpan(1, 2, 3, 4, 5),
        };

        var document = ToDocument(value);
        var copy = FromDocument<TextTimes>(document);

        Assert.Equal(new BsonString("2024-05-06T07:08:09.0000001Z"), document["when"]);
        Assert.Equal(new BsonString("2024-05-06T07:08:09.0000003+02:00"), document["at"]);
        Assert.Equal(new BsonString("2024-02-29"), document["day"]);
        Assert.Equal(new BsonString("13:14:15.0160000"), document["time"]);
        Assert.Equal(new BsonString("1.02:03:04.0050000"), document["duration"]);
        Assert.Equal(value, copy);
        Assert.Equal(TimeSpan.FromHours(2), copy.At.Offset);
    }

    [Fact]
    public void DateTimeOffset_DefaultIsTheUtcInstant_AndLosesTheOffset()
    {
        var time = new DateTimeOffset(2024, 5, 6, 7, 8, 9, 10, TimeSpan.FromHours(-5));

        var document = ToDocument(new Box<DateTimeOffset>(time));
        var copy = FromDocument<Box<DateTimeOffset>>(document).Value;

        Assert.Equal(new BsonDateTime(time), document["value"]);
        Assert.Equal(time, copy);
        Assert.Equal(TimeSpan.Zero, copy.Offset);
    }

    [Fact]
    public void DateOnly_IsMidnightUtc()
    {
        var document = ToDocument(new Box<DateOnly>(new DateOnly(1969, 12, 31)));

        Assert.Equal(new BsonDateTime(-86_400_000), document["value"]);
        Assert.Equal(new DateOnly(1969, 12, 31), FromDocument<Box<DateOnly>>(document).Value);
        Assert.Equal(DateOnly.MaxValue, RoundTrip(new Box<DateOnly>(DateOnly.MaxValue)).Value);
        Assert.Equal(DateOnly.MinValue, RoundTrip(new Box<DateOnly>(DateOnly.MinValue)).Value);
    }

    [Fact]
    public void DateOnly_FromDateTimeWithTime_Throws()
    {
        var exception = ReadFails<Box<DateOnly>>(new BsonDocument("value", new BsonDateTime(1000)));

        Assert.Contains("not at midnight UTC", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeOnlyAndTimeSpan_AreInt64Ticks()
    {
        var time = new TimeOnly(23, 59, 59, 999);
        var span = TimeSpan.FromTicks(-123_456_789);

        Assert.Equal(new BsonInt64(time.Ticks), ToDocument(new Box<TimeOnly>(time))["value"]);
        Assert.Equal(new BsonInt64(span.Ticks), ToDocument(new Box<TimeSpan>(span))["value"]);
        Assert.Equal(time, RoundTrip(new Box<TimeOnly>(time)).Value);
        Assert.Equal(span, RoundTrip(new Box<TimeSpan>(span)).Value);
        ReadFails<Box<TimeOnly>>(new BsonDocument("value", -1L));
    }

    public sealed record TextTimes
    {
        [BsonRepresentation(BsonType.String)]
        public DateTime When { get; init; }

        [BsonRepresentation(BsonType.String)]
        public DateTimeOffset At { get; init; }

        [BsonRepresentation(BsonType.String)]
        public DateOnly Day { get; init; }

        [BsonRepresentation(BsonType.String)]
        public TimeOnly Time { get; init; }

        [BsonRepresentation(BsonType.String)]
        public TimeSpan Duration { get; init; }
    }
}
