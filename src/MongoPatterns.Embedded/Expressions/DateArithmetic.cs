using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Calendar arithmetic for <c>$dateAdd</c>, <c>$dateDiff</c> and <c>$dateTrunc</c>, in a time zone.</summary>
internal static class DateArithmetic
{
    /// <summary>Parses a unit name (FailedToParse 9 when unknown).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The unit.</returns>
    public static TimeUnit ParseUnit(string name) => name switch
    {
        "millisecond" => TimeUnit.Millisecond,
        "second" => TimeUnit.Second,
        "minute" => TimeUnit.Minute,
        "hour" => TimeUnit.Hour,
        "day" => TimeUnit.Day,
        "week" => TimeUnit.Week,
        "month" => TimeUnit.Month,
        "quarter" => TimeUnit.Quarter,
        "year" => TimeUnit.Year,
        _ => ExpressionErrors.Throw<TimeUnit>(ErrorCodes.FailedToParse, $"unknown time unit value: {name}"),
    };

    /// <summary>Parses a day of the week (<c>sunday</c>, <c>Sun</c>, ... case-insensitive) to 0 (Sunday) - 6 (Saturday).</summary>
    /// <param name="name">The name.</param>
    /// <param name="day">The weekday.</param>
    /// <returns>Whether the name is valid.</returns>
    public static bool TryParseDayOfWeek(string name, out int day)
    {
        string[] names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(name, names[i], StringComparison.OrdinalIgnoreCase) || string.Equals(name, names[i][..3], StringComparison.OrdinalIgnoreCase))
            {
                day = i;
                return true;
            }
        }

        day = 0;
        return false;
    }

    /// <summary>Adds an amount of units to an instant (months clamp to the end of the month).</summary>
    /// <param name="utcMilliseconds">The instant.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="amount">The amount (may be negative).</param>
    /// <param name="zone">The time zone for day and larger units.</param>
    /// <param name="operatorName">The operator name for the overflow error.</param>
    /// <returns>The new instant.</returns>
    public static long Add(long utcMilliseconds, TimeUnit unit, long amount, TimeZoneSpec zone, string operatorName)
    {
        try
        {
            checked
            {
                switch (unit)
                {
                    case TimeUnit.Millisecond: return utcMilliseconds + amount;
                    case TimeUnit.Second: return utcMilliseconds + (amount * 1000);
                    case TimeUnit.Minute: return utcMilliseconds + (amount * 60_000);
                    case TimeUnit.Hour: return utcMilliseconds + (amount * 3_600_000);
                    case TimeUnit.Day:
                    case TimeUnit.Week:
                        var dayMilliseconds = amount * (unit == TimeUnit.Week ? 7 : 1) * CivilCalendar.MillisecondsPerDay;
                        return zone.ToUtc(zone.ToLocal(utcMilliseconds) + dayMilliseconds);
                    default:
                        var months = amount * (unit == TimeUnit.Year ? 12 : unit == TimeUnit.Quarter ? 3 : 1);
                        var local = zone.ToLocal(utcMilliseconds);
                        var days = CivilCalendar.FloorDiv(local, CivilCalendar.MillisecondsPerDay);
                        var inDay = local - (days * CivilCalendar.MillisecondsPerDay);
                        var (year, month, day) = CivilCalendar.CivilFromDays(days);
                        var totalMonths = (year * 12) + (month - 1) + months;
                        var newYear = CivilCalendar.FloorDiv(totalMonths, 12);
                        var newMonth = (int)CivilCalendar.FloorMod(totalMonths, 12) + 1;
                        var newDay = Math.Min(day, CivilCalendar.DaysInMonth(newYear, newMonth));
                        return zone.ToUtc((CivilCalendar.DaysFromCivil(newYear, newMonth, newDay) * CivilCalendar.MillisecondsPerDay) + inDay);
                }
            }
        }
        catch (OverflowException)
        {
            return ExpressionErrors.Throw<long>(5166406, $"{operatorName} overflowed");
        }
    }

    /// <summary>Counts the unit boundaries crossed from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">The start instant.</param>
    /// <param name="end">The end instant.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="zone">The time zone.</param>
    /// <param name="startOfWeek">The first day of a week (0 = Sunday) for the week unit.</param>
    /// <returns>The difference (negative when end is before start).</returns>
    public static long Difference(long start, long end, TimeUnit unit, TimeZoneSpec zone, int startOfWeek)
    {
        switch (unit)
        {
            case TimeUnit.Millisecond:
                return end - start;
            case TimeUnit.Second:
            case TimeUnit.Minute:
            case TimeUnit.Hour:
                var size = unit == TimeUnit.Second ? 1000L : unit == TimeUnit.Minute ? 60_000L : 3_600_000L;
                var offset = zone.GetBaseOffsetMilliseconds();
                return CivilCalendar.FloorDiv(end + offset, size) - CivilCalendar.FloorDiv(start + offset, size);
            default:
                var startParts = DateParts.FromMilliseconds(start, zone);
                var endParts = DateParts.FromMilliseconds(end, zone);
                switch (unit)
                {
                    case TimeUnit.Day:
                        return endParts.LocalDays - startParts.LocalDays;
                    case TimeUnit.Week:
                        return CivilCalendar.FloorDiv(endParts.LocalDays - WeekShift(startOfWeek), 7) - CivilCalendar.FloorDiv(startParts.LocalDays - WeekShift(startOfWeek), 7);
                    case TimeUnit.Month:
                        return ((endParts.Year * 12) + endParts.Month) - ((startParts.Year * 12) + startParts.Month);
                    case TimeUnit.Quarter:
                        return ((endParts.Year * 4) + ((endParts.Month - 1) / 3)) - ((startParts.Year * 4) + ((startParts.Month - 1) / 3));
                    default:
                        return endParts.Year - startParts.Year;
                }
        }
    }

    /// <summary>Truncates an instant to the start of its bin of <paramref name="binSize"/> units (bins aligned to 2000-01-01 in the zone).</summary>
    /// <param name="utcMilliseconds">The instant.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="binSize">The bin size in units.</param>
    /// <param name="zone">The time zone.</param>
    /// <param name="startOfWeek">The first day of a week (0 = Sunday) for the week unit.</param>
    /// <returns>The start of the bin.</returns>
    public static long Truncate(long utcMilliseconds, TimeUnit unit, long binSize, TimeZoneSpec zone, int startOfWeek)
    {
        var referenceDays = CivilCalendar.DaysFromCivil(2000, 1, 1);
        var local = zone.ToLocal(utcMilliseconds);
        try
        {
            checked
            {
                switch (unit)
                {
                    case TimeUnit.Millisecond:
                    case TimeUnit.Second:
                    case TimeUnit.Minute:
                    case TimeUnit.Hour:
                        var size = binSize * (unit == TimeUnit.Millisecond ? 1L : unit == TimeUnit.Second ? 1000L : unit == TimeUnit.Minute ? 60_000L : 3_600_000L);
                        var reference = referenceDays * CivilCalendar.MillisecondsPerDay;
                        var offset = zone.GetOffsetMilliseconds(utcMilliseconds);
                        var binnedLocal = reference + (CivilCalendar.FloorDiv(local - reference, size) * size);
                        return binnedLocal - offset;
                    case TimeUnit.Day:
                    case TimeUnit.Week:
                        var localDays = CivilCalendar.FloorDiv(local, CivilCalendar.MillisecondsPerDay);
                        var origin = unit == TimeUnit.Week ? referenceDays + CivilCalendar.FloorMod(startOfWeek - CivilCalendar.DayOfWeek(referenceDays), 7) : referenceDays;
                        var daysPerBin = binSize * (unit == TimeUnit.Week ? 7 : 1);
                        var binDays = origin + (CivilCalendar.FloorDiv(localDays - origin, daysPerBin) * daysPerBin);
                        return zone.ToUtc(binDays * CivilCalendar.MillisecondsPerDay);
                    default:
                        var parts = DateParts.FromMilliseconds(utcMilliseconds, zone);
                        var monthsPerBin = binSize * (unit == TimeUnit.Year ? 12 : unit == TimeUnit.Quarter ? 3 : 1);
                        var monthsSinceReference = ((parts.Year - 2000) * 12) + (parts.Month - 1);
                        var binMonths = CivilCalendar.FloorDiv(monthsSinceReference, monthsPerBin) * monthsPerBin;
                        var year = 2000 + CivilCalendar.FloorDiv(binMonths, 12);
                        var month = (int)CivilCalendar.FloorMod(binMonths, 12) + 1;
                        return zone.ToUtc(CivilCalendar.DaysFromCivil(year, month, 1) * CivilCalendar.MillisecondsPerDay);
                }
            }
        }
        catch (OverflowException)
        {
            return ExpressionErrors.Throw<long>(5439002, "$dateTrunc binSize is too large");
        }
    }

    // Shifts day numbers so that weeks starting on startOfWeek begin at multiples of 7 (day 0, 1970-01-01, is a Thursday).
    private static long WeekShift(int startOfWeek) => CivilCalendar.FloorMod(startOfWeek - 4, 7);
}
