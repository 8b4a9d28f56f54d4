namespace MongoPatterns.Embedded.Expressions;

/// <summary>Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), valid for any year.</summary>
internal static class CivilCalendar
{
    /// <summary>Milliseconds per day.</summary>
    public const long MillisecondsPerDay = 86_400_000;

    /// <summary>Gets the day number of a date.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month (1-12).</param>
    /// <param name="day">The day of the month (1-31).</param>
    /// <returns>Days since 1970-01-01.</returns>
    public static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    /// <summary>Gets the date of a day number.</summary>
    /// <param name="days">Days since 1970-01-01.</param>
    /// <returns>The year, month and day.</returns>
    public static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        days += 719468;
        var era = (days >= 0 ? days : days - 146096) / 146097;
        var dayOfEra = days - (era * 146097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        var year = yearOfEra + (era * 400);
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var mp = ((5 * dayOfYear) + 2) / 153;
        var day = (int)(dayOfYear - (((153 * mp) + 2) / 5) + 1);
        var month = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (month <= 2 ? year + 1 : year, month, day);
    }

    /// <summary>Gets the day of the week of a day number, 0 for Sunday to 6 for Saturday.</summary>
    /// <param name="days">Days since 1970-01-01 (a Thursday).</param>
    /// <returns>The weekday.</returns>
    public static int DayOfWeek(long days) => (int)FloorMod(days + 4, 7);

    /// <summary>Gets whether a year is a leap year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Whether February has 29 days.</returns>
    public static bool IsLeapYear(long year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    /// <summary>Gets the number of days in a month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month (1-12).</param>
    /// <returns>The day count.</returns>
    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>Floor division.</summary>
    /// <param name="value">The dividend.</param>
    /// <param name="divisor">The positive divisor.</param>
    /// <returns>The quotient rounded toward negative infinity.</returns>
    public static long FloorDiv(long value, long divisor)
    {
        var quotient = value / divisor;
        return (value % divisor != 0 && ((value < 0) != (divisor < 0))) ? quotient - 1 : quotient;
    }

    /// <summary>Floor modulo.</summary>
    /// <param name="value">The dividend.</param>
    /// <param name="divisor">The positive divisor.</param>
    /// <returns>The remainder in [0, divisor).</returns>
    public static long FloorMod(long value, long divisor) => value - (FloorDiv(value, divisor) * divisor);

    /// <summary>Gets the number of ISO weeks (52 or 53) in an ISO week-numbering year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The week count.</returns>
    public static int IsoWeeksInYear(long year)
    {
        static long P(long y) => FloorMod(y + FloorDiv(y, 4) - FloorDiv(y, 100) + FloorDiv(y, 400), 7);
        return P(year) == 4 || P(year - 1) == 3 ? 53 : 52;
    }

    /// <summary>Gets the day number of the Monday that starts ISO week 1 of <paramref name="isoYear"/>.</summary>
    /// <param name="isoYear">The ISO week-numbering year.</param>
    /// <returns>Days since 1970-01-01.</returns>
    public static long IsoYearStart(long isoYear)
    {
        var january4 = DaysFromCivil(isoYear, 1, 4);
        var isoDayOfWeek = ((DayOfWeek(january4) + 6) % 7) + 1;
        return january4 - (isoDayOfWeek - 1);
    }
}
