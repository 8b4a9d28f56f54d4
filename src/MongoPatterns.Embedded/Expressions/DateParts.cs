namespace MongoPatterns.Embedded.Expressions;

/// <summary>The calendar fields of an instant in a time zone.</summary>
internal readonly record struct DateParts
{
    /// <summary>Gets the year.</summary>
    public long Year { get; init; }

    /// <summary>Gets the month (1-12).</summary>
    public int Month { get; init; }

    /// <summary>Gets the day of the month (1-31).</summary>
    public int Day { get; init; }

    /// <summary>Gets the hour (0-23).</summary>
    public int Hour { get; init; }

    /// <summary>Gets the minute (0-59).</summary>
    public int Minute { get; init; }

    /// <summary>Gets the second (0-59).</summary>
    public int Second { get; init; }

    /// <summary>Gets the millisecond (0-999).</summary>
    public int Millisecond { get; init; }

    /// <summary>Gets the local day number (days since 1970-01-01 in the zone).</summary>
    public long LocalDays { get; init; }

    /// <summary>Gets the offset from UTC in milliseconds.</summary>
    public long OffsetMilliseconds { get; init; }

    /// <summary>Gets the day of the week, 1 (Sunday) to 7 (Saturday).</summary>
    public int DayOfWeek => CivilCalendar.DayOfWeek(LocalDays) + 1;

    /// <summary>Gets the ISO day of the week, 1 (Monday) to 7 (Sunday).</summary>
    public int IsoDayOfWeek => ((CivilCalendar.DayOfWeek(LocalDays) + 6) % 7) + 1;

    /// <summary>Gets the day of the year (1-366).</summary>
    public int DayOfYear => (int)(LocalDays - CivilCalendar.DaysFromCivil(Year, 1, 1)) + 1;

    /// <summary>Gets the week of the year (0-53): weeks start on Sunday; days before the first Sunday are week 0.</summary>
    public int Week => (DayOfYear - 1 + 7 - CivilCalendar.DayOfWeek(LocalDays)) / 7;

    /// <summary>Gets the ISO week-numbering year.</summary>
    public long IsoWeekYear
    {
        get
        {
            var week = RawIsoWeek;
            if (week < 1)
            {
                return Year - 1;
            }

            return week > CivilCalendar.IsoWeeksInYear(Year) ? Year + 1 : Year;
        }
    }

    /// <summary>Gets the ISO week (1-53).</summary>
    public int IsoWeek
    {
        get
        {
            var week = RawIsoWeek;
            if (week < 1)
            {
                return CivilCalendar.IsoWeeksInYear(Year - 1);
            }

            return week > CivilCalendar.IsoWeeksInYear(Year) ? 1 : week;
        }
    }

    private int RawIsoWeek => (DayOfYear - IsoDayOfWeek + 10) / 7;

    /// <summary>Splits an instant into calendar fields in a time zone.</summary>
    /// <param name="utcMilliseconds">Milliseconds since the Unix epoch.</param>
    /// <param name="zone">The time zone.</param>
    /// <returns>The fields.</returns>
    public static DateParts FromMilliseconds(long utcMilliseconds, TimeZoneSpec zone)
    {
        var offset = zone.GetOffsetMilliseconds(utcMilliseconds);
        var local = utcMilliseconds + offset;
        var days = CivilCalendar.FloorDiv(local, CivilCalendar.MillisecondsPerDay);
        var inDay = local - (days * CivilCalendar.MillisecondsPerDay);
        var (year, month, day) = CivilCalendar.CivilFromDays(days);
        return new DateParts
        {
            Year = year,
            Month = month,
            Day = day,
            Hour = (int)(inDay / 3_600_000),
            Minute = (int)(inDay / 60_000 % 60),
            Second = (int)(inDay / 1000 % 60),
            Millisecond = (int)(inDay % 1000),
            LocalDays = days,
            OffsetMilliseconds = offset,
        };
    }
}
