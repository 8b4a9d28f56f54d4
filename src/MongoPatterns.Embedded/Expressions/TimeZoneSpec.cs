using System.Collections.Concurrent;
using System.Globalization;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>A time zone argument: an Olson identifier (through <see cref="TimeZoneInfo"/>) or a fixed UTC offset (<c>+04:45</c>, <c>-0530</c>, <c>+03</c>).</summary>
internal sealed class TimeZoneSpec
{
    private static readonly ConcurrentDictionary<string, TimeZoneSpec> s_cache = new(StringComparer.Ordinal);
    private static readonly long s_minDateTimeMilliseconds = (DateTime.MinValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond + CivilCalendar.MillisecondsPerDay;
    private static readonly long s_maxDateTimeMilliseconds = (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond - CivilCalendar.MillisecondsPerDay;

    private readonly TimeZoneInfo? _zone;
    private readonly long _fixedOffsetMilliseconds;

    private TimeZoneSpec(TimeZoneInfo? zone, long fixedOffsetMilliseconds)
    {
        _zone = zone;
        _fixedOffsetMilliseconds = fixedOffsetMilliseconds;
    }

    /// <summary>Gets UTC.</summary>
    public static TimeZoneSpec Utc { get; } = new(null, 0);

    /// <summary>Gets whether this is UTC (or a zero fixed offset).</summary>
    public bool IsUtc => _zone is null && _fixedOffsetMilliseconds == 0;

    /// <summary>Parses a time zone identifier.</summary>
    /// <param name="identifier">The Olson name or UTC offset.</param>
    /// <returns>The time zone.</returns>
    /// <exception cref="Errors.MongoServerException">Code 40485 for an unknown identifier.</exception>
    public static TimeZoneSpec Parse(string identifier)
    {
        if (s_cache.TryGetValue(identifier, out var cached))
        {
            return cached;
        }

        var parsed = TryParseOffset(identifier, out var offset)
            ? new TimeZoneSpec(null, offset)
            : identifier is "UTC" or "GMT" or "Z" ? Utc : new TimeZoneSpec(FindZone(identifier), 0);
        s_cache.TryAdd(identifier, parsed);
        return parsed;
    }

    /// <summary>Evaluates a <c>timezone</c> argument: MISSING means UTC, nullish makes the whole result null (returns null).</summary>
    /// <param name="value">The evaluated argument; <see langword="null"/> when the argument was not given.</param>
    /// <param name="given">Whether the argument was given.</param>
    /// <returns>The time zone, or <see langword="null"/> when the result must be null.</returns>
    public static TimeZoneSpec? FromArgument(BsonValue? value, bool given)
    {
        if (!given)
        {
            return Utc;
        }

        if (ExpressionValues.IsNullish(value))
        {
            return null;
        }

        if (value is not BsonString text)
        {
            return ExpressionErrors.Throw<TimeZoneSpec>(40517, $"timezone must evaluate to a string, found {ExpressionTypeNames.NameOf(value)}");
        }

        return Parse(text.Value);
    }

    /// <summary>Gets the offset from UTC at an instant.</summary>
    /// <param name="utcMilliseconds">The instant.</param>
    /// <returns>The offset in milliseconds.</returns>
    public long GetOffsetMilliseconds(long utcMilliseconds)
    {
        if (_zone is null)
        {
            return _fixedOffsetMilliseconds;
        }

        var clamped = Math.Clamp(utcMilliseconds, s_minDateTimeMilliseconds, s_maxDateTimeMilliseconds);
        var utc = new DateTime(DateTime.UnixEpoch.Ticks + (clamped * TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        return (long)_zone.GetUtcOffset(utc).TotalMilliseconds;
    }

    /// <summary>Gets the standard (non-daylight) offset.</summary>
    /// <returns>The offset in milliseconds.</returns>
    public long GetBaseOffsetMilliseconds() => _zone is null ? _fixedOffsetMilliseconds : (long)_zone.BaseUtcOffset.TotalMilliseconds;

    /// <summary>Converts a UTC instant to local wall-clock milliseconds.</summary>
    /// <param name="utcMilliseconds">The instant.</param>
    /// <returns>Local milliseconds since 1970-01-01T00:00 (wall clock).</returns>
    public long ToLocal(long utcMilliseconds) => utcMilliseconds + GetOffsetMilliseconds(utcMilliseconds);

    /// <summary>Converts local wall-clock milliseconds to a UTC instant (in a DST gap the later offset applies; in an overlap the earlier instant).</summary>
    /// <param name="localMilliseconds">The wall-clock time.</param>
    /// <returns>The UTC instant.</returns>
    public long ToUtc(long localMilliseconds)
    {
        if (_zone is null)
        {
            return localMilliseconds - _fixedOffsetMilliseconds;
        }

        // Try the offsets in effect around the wall-clock time; prefer one that maps back onto it.
        var first = localMilliseconds - GetOffsetMilliseconds(localMilliseconds - GetOffsetMilliseconds(localMilliseconds));
        var earlier = localMilliseconds - GetOffsetMilliseconds(localMilliseconds - (14 * 3_600_000L));
        var later = localMilliseconds - GetOffsetMilliseconds(localMilliseconds + (14 * 3_600_000L));
        long? best = null;
        foreach (var candidate in (ReadOnlySpan<long>)[earlier, first, later])
        {
            if (ToLocal(candidate) == localMilliseconds && (best is null || candidate < best))
            {
                best = candidate;
            }
        }

        return best ?? first;
    }

    private static TimeZoneInfo FindZone(string identifier)
    {
        try
        {
            if (identifier.Length > 0 && (char.IsAsciiLetter(identifier[0])) && !identifier.Contains("..", StringComparison.Ordinal))
            {
                return TimeZoneInfo.FindSystemTimeZoneById(identifier);
            }
        }
        catch (TimeZoneNotFoundException)
        {
            // Reported below with MongoDB's error.
        }
        catch (InvalidTimeZoneException)
        {
            // Reported below with MongoDB's error.
        }

        return ExpressionErrors.Throw<TimeZoneInfo>(40485, $"unrecognized time zone identifier: \"{identifier}\"");
    }

    private static bool TryParseOffset(string text, out long offsetMilliseconds)
    {
        offsetMilliseconds = 0;
        if (text.Length < 3 || (text[0] != '+' && text[0] != '-'))
        {
            return false;
        }

        var body = text.AsSpan(1);
        int hours;
        var minutes = 0;
        if (body.Length == 2)
        {
            if (!int.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out hours))
            {
                return false;
            }
        }
        else if (body.Length == 4)
        {
            if (!int.TryParse(body[..2], NumberStyles.None, CultureInfo.InvariantCulture, out hours)
                || !int.TryParse(body[2..], NumberStyles.None, CultureInfo.InvariantCulture, out minutes))
            {
                return false;
            }
        }
        else if (body.Length == 5 && body[2] == ':')
        {
            if (!int.TryParse(body[..2], NumberStyles.None, CultureInfo.InvariantCulture, out hours)
                || !int.TryParse(body[3..], NumberStyles.None, CultureInfo.InvariantCulture, out minutes))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (hours > 99 || minutes > 59)
        {
            return false;
        }

        offsetMilliseconds = ((hours * 60L) + minutes) * 60_000L * (text[0] == '-' ? -1 : 1);
        return true;
    }
}
