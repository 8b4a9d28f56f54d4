using System.Globalization;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Parses date strings for <c>$dateFromString</c> and <c>$toDate</c>: ISO-8601 forms, common textual forms, or an explicit format.</summary>
internal static class DateStringParser
{
    private static readonly string[] s_monthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Validates a <c>$dateFromString</c> format (error 18536 for unknown specifiers).</summary>
    /// <param name="format">The format.</param>
    public static void ValidateFormat(string format)
    {
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                continue;
            }

            if (i + 1 >= format.Length)
            {
                ExpressionErrors.Throw(18535, "Unmatched '%' at end of format string");
            }

            var specifier = format[++i];
            if ("%YmdHMSLjGVuzZbB".IndexOf(specifier, StringComparison.Ordinal) < 0)
            {
                ExpressionErrors.Throw(18536, $"Invalid format character '%{specifier}' in format string");
            }
        }
    }

    /// <summary>Parses a date string.</summary>
    /// <param name="text">The string.</param>
    /// <param name="format">The format, or <see langword="null"/> for the default forms.</param>
    /// <param name="zone">The time zone applied when the string has none.</param>
    /// <param name="zoneGiven">Whether the caller passed a time zone (a string with its own zone is then an error).</param>
    /// <param name="utcMilliseconds">The instant.</param>
    /// <param name="error">Why parsing failed.</param>
    /// <returns>Whether the string was parsed.</returns>
    public static bool TryParse(string text, string? format, TimeZoneSpec zone, bool zoneGiven, out long utcMilliseconds, out string error)
    {
        utcMilliseconds = 0;
        var fields = new Fields();
        var ok = format is null ? TryParseDefault(text.Trim(), ref fields, out error) : TryParseFormat(text, format, ref fields, out error);
        if (!ok)
        {
            return false;
        }

        if (fields.Offset is not null && zoneGiven)
        {
            ExpressionErrors.Throw(
                40554,
                $"you cannot pass in a date/time string with time zone information ('{text}') together with a timezone argument");
        }

        long days;
        if (fields.IsoYear is not null)
        {
            days = CivilCalendar.IsoYearStart(fields.IsoYear.Value) + ((fields.IsoWeek ?? 1) - 1) * 7L + ((fields.IsoDayOfWeek ?? 1) - 1);
        }
        else
        {
            var year = fields.Year ?? 1970;
            var month = fields.Month ?? 1;
            if (month is < 1 or > 12)
            {
                error = "The parsed date was invalid";
                return false;
            }

            if (fields.DayOfYear is not null)
            {
                days = CivilCalendar.DaysFromCivil(year, 1, 1) + fields.DayOfYear.Value - 1;
            }
            else
            {
                var day = fields.Day ?? 1;
                if (day < 1 || day > CivilCalendar.DaysInMonth(year, month))
                {
                    error = "The parsed date was invalid";
                    return false;
                }

                days = CivilCalendar.DaysFromCivil(year, month, day);
            }
        }

        if (fields.Hour > 24 || fields.Minute > 59 || fields.Second > 60)
        {
            error = "The parsed time was invalid";
            return false;
        }

        var local = (days * CivilCalendar.MillisecondsPerDay) + (fields.Hour * 3_600_000L) + (fields.Minute * 60_000L) + (fields.Second * 1000L) + fields.Millisecond;
        utcMilliseconds = fields.Offset is long offset ? local - offset : zone.ToUtc(local);
        return true;
    }

    private static bool TryParseDefault(string text, ref Fields fields, out string error)
    {
        error = "Error parsing date string";
        var position = 0;
        if (TryDigits(text, ref position, 4, 4, out var year) && position < text.Length && (text[position] == '-' || text[position] == '/'))
        {
            var separator = text[position++];
            if (!TryDigits(text, ref position, 1, 2, out var month) || position >= text.Length || text[position] != separator)
            {
                return TryParseFallback(text, ref fields, ref error);
            }

            position++;
            if (!TryDigits(text, ref position, 1, 2, out var day))
            {
                return TryParseFallback(text, ref fields, ref error);
            }

            fields.Year = year;
            fields.Month = (int)month;
            fields.Day = (int)day;
            if (position < text.Length && (text[position] == 'T' || text[position] == 't' || text[position] == ' '))
            {
                position++;
                if (!TryParseTime(text, ref position, ref fields))
                {
                    return false;
                }
            }

            SkipSpaces(text, ref position);
            if (position < text.Length && !TryParseZone(text, ref position, ref fields))
            {
                return false;
            }

            SkipSpaces(text, ref position);
            return position == text.Length || TryParseFallback(text, ref fields, ref error);
        }

        return TryParseFallback(text, ref fields, ref error);
    }

    private static bool TryParseFallback(string text, ref Fields fields, ref string error)
    {
        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var withOffset)
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed))
        {
            error = "Error parsing date string";
            return false;
        }

        fields = new Fields
        {
            Year = parsed.Year,
            Month = parsed.Month,
            Day = parsed.Day,
            Hour = parsed.Hour,
            Minute = parsed.Minute,
            Second = parsed.Second,
            Millisecond = parsed.Millisecond,
        };
        if (parsed.Kind != DateTimeKind.Unspecified)
        {
            var local = withOffset.DateTime;
            fields = fields with
            {
                Year = local.Year,
                Month = local.Month,
                Day = local.Day,
                Hour = local.Hour,
                Minute = local.Minute,
                Second = local.Second,
                Millisecond = local.Millisecond,
                Offset = (long)withOffset.Offset.TotalMilliseconds,
            };
        }

        return true;
    }

    private static bool TryParseTime(string text, ref int position, ref Fields fields)
    {
        if (!TryDigits(text, ref position, 1, 2, out var hour))
        {
            return false;
        }

        fields.Hour = (int)hour;
        if (position < text.Length && text[position] == ':')
        {
            position++;
            if (!TryDigits(text, ref position, 2, 2, out var minute))
            {
                return false;
            }

            fields.Minute = (int)minute;
            if (position < text.Length && text[position] == ':')
            {
                position++;
                if (!TryDigits(text, ref position, 2, 2, out var second))
                {
                    return false;
                }

                fields.Second = (int)second;
                if (position < text.Length && (text[position] == '.' || text[position] == ','))
                {
                    position++;
                    var start = position;
                    while (position < text.Length && char.IsAsciiDigit(text[position]))
                    {
                        position++;
                    }

                    var digits = text.AsSpan(start, position - start);
                    if (digits.Length == 0)
                    {
                        return false;
                    }

                    var millis = 0;
                    for (var i = 0; i < 3; i++)
                    {
                        millis = (millis * 10) + (i < digits.Length ? digits[i] - '0' : 0);
                    }

                    fields.Millisecond = millis;
                }
            }
        }

        return true;
    }

    private static bool TryParseZone(string text, ref int position, ref Fields fields)
    {
        var c = text[position];
        if (c is 'Z' or 'z')
        {
            position++;
            fields.Offset = 0;
            return true;
        }

        if (text.AsSpan(position).StartsWith("UTC", StringComparison.Ordinal) || text.AsSpan(position).StartsWith("GMT", StringComparison.Ordinal))
        {
            position += 3;
            fields.Offset = 0;
            if (position < text.Length && (text[position] == '+' || text[position] == '-'))
            {
                return TryParseOffset(text, ref position, ref fields);
            }

            return true;
        }

        return (c == '+' || c == '-') && TryParseOffset(text, ref position, ref fields);
    }

    private static bool TryParseOffset(string text, ref int position, ref Fields fields)
    {
        var sign = text[position] == '-' ? -1 : 1;
        position++;
        if (!TryDigits(text, ref position, 2, 2, out var hours))
        {
            return false;
        }

        long minutes = 0;
        if (position < text.Length && text[position] == ':')
        {
            position++;
            if (!TryDigits(text, ref position, 2, 2, out minutes))
            {
                return false;
            }
        }
        else if (position + 1 < text.Length && char.IsAsciiDigit(text[position]))
        {
            if (!TryDigits(text, ref position, 2, 2, out minutes))
            {
                return false;
            }
        }

        fields.Offset = sign * ((hours * 60) + minutes) * 60_000;
        return true;
    }

    private static bool TryParseFormat(string text, string format, ref Fields fields, out string error)
    {
        error = "Error parsing date string";
        var position = 0;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%')
            {
                if (position >= text.Length || text[position] != c)
                {
                    error = "Format literal not found";
                    return false;
                }

                position++;
                continue;
            }

            var specifier = format[++i];
            long value;
            switch (specifier)
            {
                case '%':
                    if (position >= text.Length || text[position] != '%')
                    {
                        return false;
                    }

                    position++;
                    continue;
                case 'Y':
                    if (!TryDigits(text, ref position, 4, 4, out value))
                    {
                        return false;
                    }

                    fields.Year = value;
                    break;
                case 'G':
                    if (!TryDigits(text, ref position, 4, 4, out value))
                    {
                        return false;
                    }

                    fields.IsoYear = value;
                    break;
                case 'm':
                    if (!TryDigits(text, ref position, 1, 2, out value))
                    {
                        return false;
                    }

                    fields.Month = (int)value;
                    break;
                case 'd':
                    if (!TryDigits(text, ref position, 1, 2, out value))
                    {
                        return false;
                    }

                    fields.Day = (int)value;
                    break;
                case 'H':
                    if (!TryDigits(text, ref position, 1, 2, out value))
                    {
                        return false;
                    }

                    fields.Hour = (int)value;
                    break;
                case 'M':
                    if (!TryDigits(text, ref position, 1, 2, out value))
                    {
                        return false;
                    }

                    fields.Minute = (int)value;
                    break;
                case 'S':
                    if (!TryDigits(text, ref position, 1, 2, out value))
                    {
                        return false;
                    }

                    fields.Second = (int)value;
                    break;
                case 'L':
                    var start = position;
                    if (!TryDigits(text, ref position, 1, 3, out value))
                    {
                        return false;
                    }

                    var length = position - start;
                    fields.Millisecond = (int)(value * (length == 1 ? 100 : length == 2 ? 10 : 1));
                    break;
                case 'j':
                    if (!TryDigits(text, ref position, 1, 3, out value))
                    {
                        return false;
                    }

                    fields.DayOfYear = (int)value;
                    break;
                case 'V':
                    if (!TryDigits(text, ref position, 1, 2, out value))
                    {
                        return false;
                    }

                    fields.IsoWeek = (int)value;
                    break;
                case 'u':
                    if (!TryDigits(text, ref position, 1, 1, out value))
                    {
                        return false;
                    }

                    fields.IsoDayOfWeek = (int)value;
                    break;
                case 'z':
                    if (!TryParseZone(text, ref position, ref fields))
                    {
                        return false;
                    }

                    break;
                case 'Z':
                    var sign = 1;
                    if (position < text.Length && (text[position] == '+' || text[position] == '-'))
                    {
                        sign = text[position] == '-' ? -1 : 1;
                        position++;
                    }

                    if (!TryDigits(text, ref position, 1, 4, out value))
                    {
                        return false;
                    }

                    fields.Offset = sign * value * 60_000;
                    break;
                case 'b':
                case 'B':
                    var month = MatchMonthName(text, ref position);
                    if (month == 0)
                    {
                        return false;
                    }

                    fields.Month = month;
                    break;
                default:
                    return false;
            }
        }

        if (position != text.Length)
        {
            error = "Trailing data";
            return false;
        }

        return true;
    }

    private static int MatchMonthName(string text, ref int position)
    {
        var rest = text.AsSpan(position);
        for (var i = 0; i < s_monthNames.Length; i++)
        {
            var name = s_monthNames[i];
            if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                position += name.Length;
                return i + 1;
            }
        }

        for (var i = 0; i < s_monthNames.Length; i++)
        {
            if (rest.StartsWith(s_monthNames[i].AsSpan(0, 3), StringComparison.OrdinalIgnoreCase))
            {
                position += 3;
                return i + 1;
            }
        }

        return 0;
    }

    private static bool TryDigits(string text, ref int position, int min, int max, out long value)
    {
        value = 0;
        var count = 0;
        while (count < max && position < text.Length && char.IsAsciiDigit(text[position]))
        {
            value = (value * 10) + (text[position] - '0');
            position++;
            count++;
        }

        return count >= min;
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }

    private record struct Fields
    {
        public long? Year { get; set; }

        public int? Month { get; set; }

        public int? Day { get; set; }

        public int? DayOfYear { get; set; }

        public long? IsoYear { get; set; }

        public int? IsoWeek { get; set; }

        public int? IsoDayOfWeek { get; set; }

        public int Hour { get; set; }

        public int Minute { get; set; }

        public int Second { get; set; }

        public int Millisecond { get; set; }

        public long? Offset { get; set; }
    }
}
