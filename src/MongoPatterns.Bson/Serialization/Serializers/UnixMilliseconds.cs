namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Conversions between .NET times and BSON datetimes (milliseconds since the Unix epoch, UTC).</summary>
internal static class UnixMilliseconds
{
    /// <summary>The milliseconds of <see cref="DateTime.MinValue"/> (inclusive).</summary>
    public static readonly long Min = (DateTime.MinValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    /// <summary>The milliseconds of <see cref="DateTime.MaxValue"/>, truncated (inclusive).</summary>
    public static readonly long Max = (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    /// <summary>Local times are converted to UTC, unspecified ones taken as UTC; sub-millisecond ticks are truncated toward the past.</summary>
    public static long FromDateTime(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return FromUtcTicks(utc.Ticks);
    }

    public static long FromUtcTicks(long ticks) => Math.DivRem(ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerMillisecond, out var remainder) - (remainder < 0 ? 1 : 0);

    /// <summary>Whether <paramref name="milliseconds"/> lies in the range of <see cref="DateTime"/>.</summary>
    public static bool IsInDateTimeRange(long milliseconds) => milliseconds >= Min && milliseconds <= Max;

    /// <summary>The UTC time of <paramref name="milliseconds"/>, which must be in range.</summary>
    public static DateTime ToDateTime(long milliseconds) =>
        milliseconds == Max
            ? DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)
            : new DateTime(DateTime.UnixEpoch.Ticks + (milliseconds * TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
