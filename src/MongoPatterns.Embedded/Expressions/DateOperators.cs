using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Date operators: field extraction (<c>$year</c> ...), <c>$dateToString</c>, <c>$dateFromString</c>, parts, and calendar arithmetic.</summary>
internal static class DateOperators
{
    private static readonly string[] s_dateToStringArguments = ["date", "format", "timezone", "onNull"];
    private static readonly string[] s_dateToPartsArguments = ["date", "timezone", "iso8601"];
    private static readonly string[] s_dateFromPartsArguments =
        ["year", "month", "day", "hour", "minute", "second", "millisecond", "isoWeekYear", "isoWeek", "isoDayOfWeek", "timezone"];

    private static readonly string[] s_dateFromStringArguments = ["dateString", "format", "timezone", "onError", "onNull"];
    private static readonly string[] s_dateAddArguments = ["startDate", "unit", "amount", "timezone"];
    private static readonly string[] s_dateDiffArguments = ["startDate", "endDate", "unit", "timezone", "startOfWeek"];
    private static readonly string[] s_dateTruncArguments = ["date", "unit", "binSize", "timezone", "startOfWeek"];

    /// <summary>Registers the operators.</summary>
    /// <param name="table">The operator table.</param>
    public static void Register(OperatorTable table)
    {
        Extraction(table, "$year", static p => Int(p.Year));
        Extraction(table, "$month", static p => BsonInt32.Create(p.Month));
        Extraction(table, "$dayOfMonth", static p => BsonInt32.Create(p.Day));
        Extraction(table, "$dayOfWeek", static p => BsonInt32.Create(p.DayOfWeek));
        Extraction(table, "$dayOfYear", static p => BsonInt32.Create(p.DayOfYear));
        Extraction(table, "$hour", static p => BsonInt32.Create(p.Hour));
        Extraction(table, "$minute", static p => BsonInt32.Create(p.Minute));
        Extraction(table, "$second", static p => BsonInt32.Create(p.Second));
        Extraction(table, "$millisecond", static p => BsonInt32.Create(p.Millisecond));
        Extraction(table, "$week", static p => BsonInt32.Create(p.Week));
        Extraction(table, "$isoWeek", static p => BsonInt32.Create(p.IsoWeek));
        Extraction(table, "$isoWeekYear", static p => Int(p.IsoWeekYear));
        Extraction(table, "$isoDayOfWeek", static p => BsonInt32.Create(p.IsoDayOfWeek));
        table.Add("$dateToString", ParseDateToString);
        table.Add("$dateToParts", ParseDateToParts);
        table.Add("$dateFromParts", ParseDateFromParts);
        table.Add("$dateFromString", ParseDateFromString);
        table.Add("$dateAdd", ParseDateAdd);
        table.Add("$dateSubtract", ParseDateAdd);
        table.Add("$dateDiff", ParseDateDiff);
        table.Add("$dateTrunc", ParseDateTrunc);
    }

    /// <summary>Gets the instant of a date, timestamp or ObjectId.</summary>
    /// <param name="value">The value.</param>
    /// <param name="milliseconds">Milliseconds since the epoch.</param>
    /// <returns>Whether the value converts to a date.</returns>
    public static bool TryGetMilliseconds(BsonValue? value, out long milliseconds)
    {
        switch (value)
        {
            case BsonDateTime date:
                milliseconds = date.MillisecondsSinceEpoch;
                return true;
            case BsonTimestamp timestamp:
                milliseconds = timestamp.Timestamp * 1000L;
                return true;
            case BsonObjectId objectId:
                milliseconds = (uint)objectId.Value.Timestamp * 1000L;
                return true;
            default:
                milliseconds = 0;
                return false;
        }
    }

    /// <summary>Gets the instant of a date-like value or throws error 16006.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Milliseconds since the epoch.</returns>
    public static long RequireDate(BsonValue value) =>
        TryGetMilliseconds(value, out var milliseconds)
            ? milliseconds
            : ExpressionErrors.Throw<long>(16006, $"can't convert from BSON type {ExpressionTypeNames.NameOf(value)} to Date");

    private static BsonValue Int(long value) => value is >= int.MinValue and <= int.MaxValue ? BsonInt32.Create((int)value) : BsonInt64.Create(value);

    private static void Extraction(OperatorTable table, string name, Func<DateParts, BsonValue> extract)
    {
        table.Add(name, (n, operand, context) =>
        {
            AggregationExpression? date = null;
            AggregationExpression? timezone = null;
            if (operand is BsonDocument document && document.ElementCount > 0 && !document.GetElement(0).Name.StartsWith('$'))
            {
                foreach (var element in document)
                {
                    switch (element.Name)
                    {
                        case "date":
                            date = AggregationExpression.Parse(element.Value, context);
                            break;
                        case "timezone":
                            timezone = AggregationExpression.Parse(element.Value, context);
                            break;
                        default:
                            ExpressionErrors.Throw(40535, $"unrecognized option to {n}: \"{element.Name}\"");
                            break;
                    }
                }

                if (date is null)
                {
                    ExpressionErrors.Throw(40539, $"missing 'date' argument to {n}, provided: {document}");
                }
            }
            else if (operand is BsonArray array)
            {
                if (array.Count != 1)
                {
                    ExpressionErrors.Throw(40536, $"{n} accepts exactly one argument if given an array, but was given {array.Count}");
                }

                date = AggregationExpression.Parse(array[0], context);
            }
            else
            {
                date = AggregationExpression.Parse(operand, context);
            }

            var hasZone = timezone is not null;
            AggregationExpression[] arguments = hasZone ? [date, timezone!] : [date];
            return FunctionExpression.Create(n, arguments, (args, _) =>
            {
                if (ExpressionValues.IsNullish(args[0]))
                {
                    return BsonNull.Value;
                }

                var zone = TimeZoneSpec.FromArgument(hasZone ? args[1] : null, hasZone);
                if (zone is null)
                {
                    return BsonNull.Value;
                }

                return extract(DateParts.FromMilliseconds(RequireDate(args[0]!), zone));
            });
        });
    }

    private static AggregationExpression ParseDateToString(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(18629, "$dateToString only supports an object as its argument");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_dateToStringArguments, 18629, 18534);
        var date = ExpressionArguments.Required(named, "date", context, 18628, "Missing 'date' parameter to $dateToString");
        var format = ExpressionArguments.Optional(named, "format", context);
        var timezone = ExpressionArguments.Optional(named, "timezone", context);
        var onNull = ExpressionArguments.Optional(named, "onNull", context);
        if (format is { IsConstant: true, ConstantValue: BsonString constantFormat })
        {
            DateFormatter.Validate(constantFormat.Value);
        }
        else if (format is { IsConstant: true, ConstantValue: var other } && !ExpressionValues.IsNullish(other))
        {
            ExpressionErrors.Throw(18533, $"$dateToString requires that 'format' be a string, found: {ExpressionTypeNames.NameOf(other)} with value {other}");
        }

        return new LazyExpression([date], (args, ctx) =>
        {
            var dateValue = args[0].Evaluate(ctx);
            string? formatText = null;
            if (format is not null)
            {
                var formatValue = format.Evaluate(ctx);
                if (ExpressionValues.IsNullish(formatValue))
                {
                    return BsonNull.Value;
                }

                if (formatValue is not BsonString formatString)
                {
                    return ExpressionErrors.Throw<BsonValue>(18533, $"$dateToString requires that 'format' be a string, found: {ExpressionTypeNames.NameOf(formatValue)} with value {formatValue}");
                }

                formatText = formatString.Value;
                DateFormatter.Validate(formatText);
            }

            var zone = TimeZoneSpec.FromArgument(timezone?.Evaluate(ctx), timezone is not null);
            if (zone is null)
            {
                return BsonNull.Value;
            }

            if (ExpressionValues.IsNullish(dateValue))
            {
                return onNull is null ? BsonNull.Value : onNull.Evaluate(ctx);
            }

            var milliseconds = RequireDate(dateValue!);
            formatText ??= zone.IsUtc ? "%Y-%m-%dT%H:%M:%S.%LZ" : "%Y-%m-%dT%H:%M:%S.%L";
            return new BsonString(DateFormatter.Format(formatText, DateParts.FromMilliseconds(milliseconds, zone)));
        });
    }

    private static AggregationExpression ParseDateToParts(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(40524, $"$dateToParts only supports an object as its argument, found: {ExpressionTypeNames.NameOf(operand)}");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_dateToPartsArguments, 40524, 40520);
        var date = ExpressionArguments.Required(named, "date", context, 40522, "Missing 'date' parameter to $dateToParts");
        var timezone = ExpressionArguments.Optional(named, "timezone", context);
        var iso = ExpressionArguments.Optional(named, "iso8601", context);
        return new LazyExpression([date], (args, ctx) =>
        {
            var dateValue = args[0].Evaluate(ctx);
            var zone = TimeZoneSpec.FromArgument(timezone?.Evaluate(ctx), timezone is not null);
            var isoValue = iso?.Evaluate(ctx);
            if (zone is null || ExpressionValues.IsNullish(dateValue) || (iso is not null && ExpressionValues.IsNullish(isoValue)))
            {
                return BsonNull.Value;
            }

            if (isoValue is not null && isoValue is not BsonBoolean)
            {
                return ExpressionErrors.Throw<BsonValue>(40521, $"iso8601 must evaluate to a bool, found {ExpressionTypeNames.NameOf(isoValue)}");
            }

            var parts = DateParts.FromMilliseconds(RequireDate(dateValue!), zone);
            var result = new BsonDocument();
            if (isoValue is BsonBoolean { Value: true })
            {
                result.Add("isoWeekYear", Int(parts.IsoWeekYear)).Add("isoWeek", parts.IsoWeek).Add("isoDayOfWeek", parts.IsoDayOfWeek);
            }
            else
            {
                result.Add("year", Int(parts.Year)).Add("month", parts.Month).Add("day", parts.Day);
            }

            return result.Add("hour", parts.Hour).Add("minute", parts.Minute).Add("second", parts.Second).Add("millisecond", parts.Millisecond);
        });
    }

    private static AggregationExpression ParseDateFromParts(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(40519, $"$dateFromParts only supports an object as its argument");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_dateFromPartsArguments, 40519, 40518);
        var hasNatural = named.ContainsKey("year") || named.ContainsKey("month") || named.ContainsKey("day");
        var hasIso = named.ContainsKey("isoWeekYear") || named.ContainsKey("isoWeek") || named.ContainsKey("isoDayOfWeek");
        if (hasNatural && hasIso)
        {
            ExpressionErrors.Throw(40489, "$dateFromParts does not allow mixing natural dates with ISO dates");
        }

        if (!named.ContainsKey("year") && !named.ContainsKey("isoWeekYear"))
        {
            ExpressionErrors.Throw(40516, "$dateFromParts requires either 'year' or 'isoWeekYear' to be present");
        }

        var fieldNames = hasIso
            ? new[] { "isoWeekYear", "isoWeek", "isoDayOfWeek", "hour", "minute", "second", "millisecond" }
            : new[] { "year", "month", "day", "hour", "minute", "second", "millisecond" };
        var expressions = new AggregationExpression?[fieldNames.Length];
        for (var i = 0; i < fieldNames.Length; i++)
        {
            expressions[i] = ExpressionArguments.Optional(named, fieldNames[i], context);
        }

        var timezone = ExpressionArguments.Optional(named, "timezone", context);
        return new LazyExpression([], (_, ctx) =>
        {
            var values = new long[fieldNames.Length];
            for (var i = 0; i < fieldNames.Length; i++)
            {
                var defaultValue = i is 1 or 2 ? 1 : 0;
                if (expressions[i] is null)
                {
                    values[i] = defaultValue;
                    continue;
                }

                var value = expressions[i]!.Evaluate(ctx);
                if (ExpressionValues.IsNullish(value))
                {
                    return BsonNull.Value;
                }

                if (!Numeric.TryGetInt64(value, out var integer))
                {
                    return ExpressionErrors.Throw<BsonValue>(40515, $"'{fieldNames[i]}' must evaluate to an integer, found {ExpressionTypeNames.NameOf(value)} with value {value}");
                }

                if (i == 0 && integer is < 1 or > 9999)
                {
                    return ExpressionErrors.Throw<BsonValue>(
                        hasIso ? 31095 : 40523,
                        $"'{fieldNames[0]}' must evaluate to an integer in the range 1 to 9999, found {value}");
                }

                if (i > 0 && integer is < -32768 or > 32767)
                {
                    return ExpressionErrors.Throw<BsonValue>(31034, $"'{fieldNames[i]}' must evaluate to a value in the range [-32768, 32767]; value {value} is not in range");
                }

                values[i] = integer;
            }

            var zone = TimeZoneSpec.FromArgument(timezone?.Evaluate(ctx), timezone is not null);
            if (zone is null)
            {
                return BsonNull.Value;
            }

            long days;
            if (hasIso)
            {
                days = CivilCalendar.IsoYearStart(values[0]) + ((values[1] - 1) * 7) + (values[2] - 1);
            }
            else
            {
                var totalMonths = (values[0] * 12) + (values[1] - 1);
                var year = CivilCalendar.FloorDiv(totalMonths, 12);
                var month = (int)CivilCalendar.FloorMod(totalMonths, 12) + 1;
                days = CivilCalendar.DaysFromCivil(year, month, 1) + (values[2] - 1);
            }

            var local = (days * CivilCalendar.MillisecondsPerDay) + (values[3] * 3_600_000) + (values[4] * 60_000) + (values[5] * 1000) + values[6];
            return new BsonDateTime(zone.ToUtc(local));
        });
    }

    private static AggregationExpression ParseDateFromString(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(40540, $"$dateFromString only supports an object as an argument, found: {ExpressionTypeNames.NameOf(operand)}");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_dateFromStringArguments, 40540, 40541);
        var dateString = ExpressionArguments.Required(named, "dateString", context, 40542, "Missing 'dateString' parameter to $dateFromString");
        var format = ExpressionArguments.Optional(named, "format", context);
        var timezone = ExpressionArguments.Optional(named, "timezone", context);
        var onError = ExpressionArguments.Optional(named, "onError", context);
        var onNull = ExpressionArguments.Optional(named, "onNull", context);
        if (format is { IsConstant: true, ConstantValue: BsonString constantFormat })
        {
            DateStringParser.ValidateFormat(constantFormat.Value);
        }

        return new LazyExpression([dateString], (args, ctx) =>
        {
            var text = args[0].Evaluate(ctx);
            string? formatText = null;
            if (format is not null)
            {
                var formatValue = format.Evaluate(ctx);
                if (ExpressionValues.IsNullish(formatValue))
                {
                    return BsonNull.Value;
                }

                if (formatValue is not BsonString formatString)
                {
                    return ExpressionErrors.Throw<BsonValue>(40684, $"$dateFromString requires that 'format' be a string, found: {ExpressionTypeNames.NameOf(formatValue)} with value {formatValue}");
                }

                formatText = formatString.Value;
                DateStringParser.ValidateFormat(formatText);
            }

            var zone = TimeZoneSpec.FromArgument(timezone?.Evaluate(ctx), timezone is not null);
            if (zone is null)
            {
                return BsonNull.Value;
            }

            if (ExpressionValues.IsNullish(text))
            {
                return onNull is null ? BsonNull.Value : onNull.Evaluate(ctx);
            }

            if (text is not BsonString textString)
            {
                return onError is not null
                    ? onError.Evaluate(ctx)
                    : ExpressionErrors.Throw<BsonValue>(ErrorCodes.ConversionFailure, $"$dateFromString requires that 'dateString' be a string, found: {ExpressionTypeNames.NameOf(text)} with value {text}");
            }

            if (DateStringParser.TryParse(textString.Value, formatText, zone, timezone is not null, out var milliseconds, out var error))
            {
                return new BsonDateTime(milliseconds);
            }

            return onError is not null
                ? onError.Evaluate(ctx)
                : ExpressionErrors.Throw<BsonValue>(ErrorCodes.ConversionFailure, $"Error parsing date string '{textString.Value}'; {error}");
        });
    }

    private static AggregationExpression ParseDateAdd(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(5166400, $"{name} expects an object as its argument");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_dateAddArguments, 5166400, 5166401);
        if (!named.ContainsKey("startDate") || !named.ContainsKey("unit") || !named.ContainsKey("amount"))
        {
            ExpressionErrors.Throw(5166402, $"{name} requires startDate, unit, and amount to be present");
        }

        var startDate = AggregationExpression.Parse(named["startDate"], context);
        var unit = AggregationExpression.Parse(named["unit"], context);
        var amount = AggregationExpression.Parse(named["amount"], context);
        var timezone = ExpressionArguments.Optional(named, "timezone", context);
        var subtract = name == "$dateSubtract";
        return new LazyExpression([startDate, unit, amount], (args, ctx) =>
        {
            var start = args[0].Evaluate(ctx);
            var unitValue = args[1].Evaluate(ctx);
            var amountValue = args[2].Evaluate(ctx);
            var zone = TimeZoneSpec.FromArgument(timezone?.Evaluate(ctx), timezone is not null);
            if (ExpressionValues.IsNullish(start) || ExpressionValues.IsNullish(unitValue) || ExpressionValues.IsNullish(amountValue) || zone is null)
            {
                return BsonNull.Value;
            }

            if (!TryGetMilliseconds(start, out var milliseconds))
            {
                return ExpressionErrors.Throw<BsonValue>(5166403, $"{name} requires startDate to be convertible to a date");
            }

            if (unitValue is not BsonString unitText)
            {
                return ExpressionErrors.Throw<BsonValue>(5166404, $"{name} expects string defining the time unit");
            }

            if (!Numeric.TryGetInt64(amountValue, out var count))
            {
                return ExpressionErrors.Throw<BsonValue>(5166405, $"{name} expects integer amount of time units");
            }

            if (subtract)
            {
                if (count == long.MinValue)
                {
                    return ExpressionErrors.Throw<BsonValue>(6045000, "invalid $dateSubtract 'amount' parameter value");
                }

                count = -count;
            }

            return new BsonDateTime(DateArithmetic.Add(milliseconds, DateArithmetic.ParseUnit(unitText.Value), count, zone, name));
        });
    }

    private static AggregationExpression ParseDateDiff(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(5166301, "$dateDiff only supports an object as its argument");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_dateDiffArguments, 5166301, 5166302);
        var startDate = ExpressionArguments.Required(named, "startDate", context, 5166303, "Missing 'startDate' parameter to $dateDiff");
        var endDate = ExpressionArguments.Required(named, "endDate", context, 5166304, "Missing 'endDate' parameter to $dateDiff");
        var unit = ExpressionArguments.Required(named, "unit", context, 5166305, "Missing 'unit' parameter to $dateDiff");
        var timezone = ExpressionArguments.Optional(named, "timezone", context);
        var startOfWeek = ExpressionArguments.Optional(named, "startOfWeek", context);
        return new LazyExpression([startDate, endDate, unit], (args, ctx) =>
        {
            var start = args[0].Evaluate(ctx);
            var end = args[1].Evaluate(ctx);
            var unitValue = args[2].Evaluate(ctx);
            var zone = TimeZoneSpec.FromArgument(timezone?.Evaluate(ctx), timezone is not null);
            if (ExpressionValues.IsNullish(start) || ExpressionValues.IsNullish(end) || ExpressionValues.IsNullish(unitValue) || zone is null)
            {
                return BsonNull.Value;
            }

            if (!TryGetMilliseconds(start, out var startMilliseconds))
            {
                return ExpressionErrors.Throw<BsonValue>(5166307, $"$dateDiff requires 'startDate' to be a date, but got {ExpressionTypeNames.NameOf(start)}");
            }

            if (!TryGetMilliseconds(end, out var endMilliseconds))
            {
                return ExpressionErrors.Throw<BsonValue>(5166307, $"$dateDiff requires 'endDate' to be a date, but got {ExpressionTypeNames.NameOf(end)}");
            }

            if (unitValue is not BsonString unitText)
            {
                return ExpressionErrors.Throw<BsonValue>(5439013, $"$dateDiff requires 'unit' to be a string, but got {ExpressionTypeNames.NameOf(unitValue)}");
            }

            var timeUnit = DateArithmetic.ParseUnit(unitText.Value);
            var weekStart = EvaluateStartOfWeek("$dateDiff", startOfWeek, timeUnit, ctx, out var isNull);
            return isNull ? BsonNull.Value : BsonInt64.Create(DateArithmetic.Difference(startMilliseconds, endMilliseconds, timeUnit, zone, weekStart));
        });
    }

    private static AggregationExpression ParseDateTrunc(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(5439007, "$dateTrunc only supports an object as its argument");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_dateTruncArguments, 5439007, 5439008);
        var date = ExpressionArguments.Required(named, "date", context, 5439009, "Missing 'date' parameter to $dateTrunc");
        var unit = ExpressionArguments.Required(named, "unit", context, 5439010, "Missing 'unit' parameter to $dateTrunc");
        var binSize = ExpressionArguments.Optional(named, "binSize", context);
        var timezone = ExpressionArguments.Optional(named, "timezone", context);
        var startOfWeek = ExpressionArguments.Optional(named, "startOfWeek", context);
        return new LazyExpression([date, unit], (args, ctx) =>
        {
            var dateValue = args[0].Evaluate(ctx);
            var unitValue = args[1].Evaluate(ctx);
            var binValue = binSize?.Evaluate(ctx);
            var zone = TimeZoneSpec.FromArgument(timezone?.Evaluate(ctx), timezone is not null);
            if (ExpressionValues.IsNullish(dateValue) || ExpressionValues.IsNullish(unitValue) || zone is null || (binSize is not null && ExpressionValues.IsNullish(binValue)))
            {
                return BsonNull.Value;
            }

            if (!TryGetMilliseconds(dateValue, out var milliseconds))
            {
                return ExpressionErrors.Throw<BsonValue>(5439012, $"$dateTrunc requires 'date' to be a date, but got {ExpressionTypeNames.NameOf(dateValue)}");
            }

            if (unitValue is not BsonString unitText)
            {
                return ExpressionErrors.Throw<BsonValue>(5439013, $"$dateTrunc requires 'unit' to be a string, but got {ExpressionTypeNames.NameOf(unitValue)}");
            }

            var bins = 1L;
            if (binValue is not null)
            {
                if (!Numeric.TryGetInt64(binValue, out bins))
                {
                    return ExpressionErrors.Throw<BsonValue>(5439017, $"$dateTrunc requires 'binSize' to be a 64-bit integer, but got value '{binValue}' of type {ExpressionTypeNames.NameOf(binValue)}");
                }

                if (bins <= 0)
                {
                    return ExpressionErrors.Throw<BsonValue>(5439018, $"$dateTrunc requires 'binSize' to be greater than 0, but got value {bins}");
                }
            }

            var timeUnit = DateArithmetic.ParseUnit(unitText.Value);
            var weekStart = EvaluateStartOfWeek("$dateTrunc", startOfWeek, timeUnit, ctx, out var isNull);
            return isNull ? BsonNull.Value : new BsonDateTime(DateArithmetic.Truncate(milliseconds, timeUnit, bins, zone, weekStart));
        });
    }

    private static int EvaluateStartOfWeek(string name, AggregationExpression? startOfWeek, TimeUnit unit, EvaluationContext context, out bool isNull)
    {
        isNull = false;
        if (startOfWeek is null || unit != TimeUnit.Week)
        {
            return 0;
        }

        var value = startOfWeek.Evaluate(context);
        if (ExpressionValues.IsNullish(value))
        {
            isNull = true;
            return 0;
        }

        if (value is not BsonString text)
        {
            return ExpressionErrors.Throw<int>(5439015, $"{name} requires 'startOfWeek' to be a string, but got {ExpressionTypeNames.NameOf(value)}");
        }

        return DateArithmetic.TryParseDayOfWeek(text.Value, out var day)
            ? day
            : ExpressionErrors.Throw<int>(5439016, $"{name} parameter 'startOfWeek' value cannot be recognized as a day of a week: {text.Value}");
    }
}
