using System.Globalization;
using System.Text;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>The <c>$dateToString</c> format language (<c>%Y-%m-%dT%H:%M:%S.%LZ</c>).</summary>
internal static class DateFormatter
{
    private static readonly string[] s_monthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Validates a format string (errors 18535 and 18536).</summary>
    /// <param name="format">The format.</param>
    public static void Validate(string format)
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
            if ("%YmdHMSLjwUGVuzZbB".IndexOf(specifier, StringComparison.Ordinal) < 0)
            {
                ExpressionErrors.Throw(18536, $"Invalid format character '%{specifier}' in format string");
            }
        }
    }

    /// <summary>Formats date parts (the format must be valid).</summary>
    /// <param name="format">The format.</param>
    /// <param name="parts">The date parts.</param>
    /// <returns>The text.</returns>
    public static string Format(string format, DateParts parts)
    {
        var builder = new StringBuilder(format.Length + 16);
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                builder.Append(c);
                continue;
            }

            switch (format[++i])
            {
                case '%': builder.Append('%'); break;
                case 'Y': Padded(builder, parts.Year, 4); break;
                case 'm': Padded(builder, parts.Month, 2); break;
                case 'd': Padded(builder, parts.Day, 2); break;
                case 'H': Padded(builder, parts.Hour, 2); break;
                case 'M': Padded(builder, parts.Minute, 2); break;
                case 'S': Padded(builder, parts.Second, 2); break;
                case 'L': Padded(builder, parts.Millisecond, 3); break;
                case 'j': Padded(builder, parts.DayOfYear, 3); break;
                case 'w': Padded(builder, parts.DayOfWeek, 1); break;
                case 'U': Padded(builder, parts.Week, 2); break;
                case 'G': Padded(builder, parts.IsoWeekYear, 4); break;
                case 'V': Padded(builder, parts.IsoWeek, 2); break;
                case 'u': Padded(builder, parts.IsoDayOfWeek, 1); break;
                case 'b': builder.Append(s_monthNames[parts.Month - 1].AsSpan(0, 3)); break;
                case 'B': builder.Append(s_monthNames[parts.Month - 1]); break;
                case 'z':
                    var offsetMinutes = parts.OffsetMilliseconds / 60_000;
                    builder.Append(offsetMinutes < 0 ? '-' : '+');
                    Padded(builder, Math.Abs(offsetMinutes) / 60, 2);
                    Padded(builder, Math.Abs(offsetMinutes) % 60, 2);
                    break;
                case 'Z':
                    builder.Append((parts.OffsetMilliseconds / 60_000).ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append('%').Append(format[i]);
                    break;
            }
        }

        return builder.ToString();
    }

    private static void Padded(StringBuilder builder, long number, int width)
    {
        if (number is < 0 or > 9999)
        {
            ExpressionErrors.Throw(18537, $"Could not convert date to string: date component was outside the supported range of 0-9999: {number}");
        }

        var text = number.ToString(CultureInfo.InvariantCulture);
        builder.Append('0', Math.Max(0, width - text.Length)).Append(text);
    }
}
