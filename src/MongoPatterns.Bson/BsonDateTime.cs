namespace MongoPatterns.Bson;

/// <summary>
/// A BSON UTC datetime: signed milliseconds since the Unix epoch. Every Int64 value is valid, including values
/// outside the range of <see cref="DateTime"/>.
/// </summary>
public sealed class BsonDateTime : BsonValue
{
    private static readonly long s_minMilliseconds = (DateTime.MinValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
    private static readonly long s_maxMilliseconds = (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    /// <summary>Creates a value from milliseconds since the Unix epoch.</summary>
    /// <param name="millisecondsSinceEpoch">Milliseconds since 1970-01-01T00:00:00Z (negative before).</param>
    public BsonDateTime(long millisecondsSinceEpoch)
    {
        MillisecondsSinceEpoch = millisecondsSinceEpoch;
    }

    /// <summary>
    /// Creates a value from a <see cref="DateTime"/>. <see cref="DateTimeKind.Local"/> times are converted to UTC;
    /// <see cref="DateTimeKind.Unspecified"/> times are taken as UTC (so results never depend on the machine's time zone).
    /// Sub-millisecond ticks are truncated toward the past.
    /// </summary>
    /// <param name="dateTime">The time.</param>
    public BsonDateTime(DateTime dateTime)
    {
        var utc = dateTime.Kind == DateTimeKind.Local ? dateTime.ToUniversalTime() : dateTime;
        MillisecondsSinceEpoch = Math.DivRem(utc.Ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerMillisecond, out var remainder) - (remainder < 0 ? 1 : 0);
    }

    /// <summary>Creates a value from a <see cref="DateTimeOffset"/> (its UTC instant).</summary>
    /// <param name="dateTimeOffset">The time.</param>
    public BsonDateTime(DateTimeOffset dateTimeOffset)
        : this(dateTimeOffset.UtcDateTime)
    {
    }

    /// <summary>Gets the milliseconds since the Unix epoch.</summary>
    public long MillisecondsSinceEpoch { get; }

    /// <summary>Gets whether the value lies within the range of <see cref="DateTime"/> (years 1 to 9999).</summary>
    public bool IsValidDateTime => MillisecondsSinceEpoch >= s_minMilliseconds && MillisecondsSinceEpoch <= s_maxMilliseconds;

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.DateTime;

    /// <summary>Returns the UTC <see cref="DateTime"/>, clamped to <see cref="DateTime.MinValue"/>/<see cref="DateTime.MaxValue"/>.</summary>
    /// <returns>The time, of kind <see cref="DateTimeKind.Utc"/>.</returns>
    public DateTime ToUniversalTime()
    {
        if (MillisecondsSinceEpoch <= s_minMilliseconds)
        {
            return DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);
        }

        if (MillisecondsSinceEpoch >= s_maxMilliseconds)
        {
            return DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);
        }

        return new DateTime(DateTime.UnixEpoch.Ticks + (MillisecondsSinceEpoch * TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    /// <summary>Returns the time converted to the local time zone (clamped like <see cref="ToUniversalTime"/>).</summary>
    /// <returns>The time, of kind <see cref="DateTimeKind.Local"/>.</returns>
    public DateTime ToLocalTime() => ToUniversalTime().ToLocalTime();

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => MillisecondsSinceEpoch == ((BsonDateTime)other).MillisecondsSinceEpoch;

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => MillisecondsSinceEpoch.GetHashCode();
}
