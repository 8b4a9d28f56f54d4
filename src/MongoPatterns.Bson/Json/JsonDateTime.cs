using System.Globalization;

namespace MongoPatterns.Bson.Json;

/// <summary>
/// The ISO-8601 (RFC 3339) date strings of relaxed Extended JSON: written as <c>yyyy-MM-ddTHH:mm:ss[.fff]Z</c> in UTC
/// (milliseconds only when not zero), read with any number of fraction digits (beyond milliseconds they are cut off)
/// and a <c>Z</c> or <c>±HH:MM</c> (also <c>±HHMM</c>) offset.
/// </summary>
internal static class JsonDateTime
{
    /// <summary>Milliseconds from the epoch to 10000-01-01T00:00:00Z, the first instant relaxed output cannot write as ISO.</summary>
    private const long Year10000 = 253_402_300_800_000;

    private static readonly int s_epochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    /// <summary>Whether relaxed output writes the instant as an ISO string: years 1970 to 9999.</summary>
    public static bool IsInIsoRange(long millisecondsSinceEpoch) => millisecondsSinceEpoch is >= 0 and < Year10000;

    /// <summary>Formats an instant in <see cref="IsInIsoRange"/>; the destination holds at least 24 characters.</summary>
    /// <returns>The number of characters written.</returns>
    public static int Format(long millisecondsSinceEpoch, Span<char> destination)
    {
        var dateTime = new DateTime(DateTime.UnixEpoch.Ticks + (millisecondsSinceEpoch * TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        dateTime.TryFormat(destination, out var written, "yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);
        var milliseconds = (int)(millisecondsSinceEpoch % 1000);
        if (milliseconds != 0)
        {
            destination[written++] = '.';
            milliseconds.TryFormat(destination[written..], out var fractionLength, "D3", CultureInfo.InvariantCulture);
            written += fractionLength;
        }

        destination[written++] = 'Z';
        return written;
    }

    /// <summary>Parses an RFC 3339 date-time into milliseconds since the epoch.</summary>
    /// <returns>Whether <paramref name="text"/> is a valid date-time.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out long millisecondsSinceEpoch)
    {
        millisecondsSinceEpoch = 0;
        if (text.Length < 20
            || !TryDigits(text, 0, 4, out var year) || text[4] != '-'
            || !TryDigits(text, 5, 2, out var month) || text[7] != '-'
            || !TryDigits(text, 8, 2, out var day) || (text[10] is not ('T' or 't'))
            || !TryDigits(text, 11, 2, out var hour) || text[13] != ':'
            || !TryDigits(text, 14, 2, out var minute) || text[16] != ':'
            || !TryDigits(text, 17, 2, out var second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var position = 19;
        var milliseconds = 0;
        if (text[position] == '.')
        {
            position++;
            var digits = 0;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                if (digits < 3)
                {
                    milliseconds = (milliseconds * 10) + (text[position] - '0');
                }

                digits++;
                position++;
            }

            if (digits == 0)
            {
                return false;
            }

            for (; digits < 3; digits++)
            {
                milliseconds *= 10;
            }
        }

        if (!TryParseOffset(text[position..], out var offsetMinutes))
        {
            return false;
        }

        var days = (long)new DateOnly(year, month, day).DayNumber - s_epochDayNumber;
        var seconds = (((days * 24) + hour) * 60 + minute - offsetMinutes) * 60 + second;
        millisecondsSinceEpoch = (seconds * 1000) + milliseconds;
        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> text, out int offsetMinutes)
    {
        offsetMinutes = 0;
        if (text.Length == 1 && text[0] is 'Z' or 'z')
        {
            return true;
        }

        if (text.Length is not (5 or 6) || text[0] is not ('+' or '-'))
        {
            return false;
        }

        var minutesStart = text.Length == 6 ? 4 : 3;
        if (!TryDigits(text, 1, 2, out var hours) || (text.Length == 6 && text[3] != ':')
            || !TryDigits(text, minutesStart, 2, out var minutes) || hours > 23 || minutes > 59)
        {
            return false;
        }

        offsetMinutes = ((hours * 60) + minutes) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
