using System.Globalization;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Type operators: <c>$convert</c> and its shorthands (<c>$toInt</c>, <c>$toString</c>, ...), <c>$type</c> and <c>$isNumber</c>.</summary>
internal static class ConversionOperators
{
    private static readonly string[] s_convertArguments = ["input", "to", "onError", "onNull"];

    /// <summary>Registers the operators.</summary>
    /// <param name="table">The operator table.</param>
    public static void Register(OperatorTable table)
    {
        table.Add("$convert", ParseConvert);
        Shorthand(table, "$toString", BsonType.String);
        Shorthand(table, "$toInt", BsonType.Int32);
        Shorthand(table, "$toLong", BsonType.Int64);
        Shorthand(table, "$toDouble", BsonType.Double);
        Shorthand(table, "$toDecimal", BsonType.Decimal128);
        Shorthand(table, "$toBool", BsonType.Boolean);
        Shorthand(table, "$toDate", BsonType.DateTime);
        Shorthand(table, "$toObjectId", BsonType.ObjectId);
        table.Fixed("$type", 1, static (args, _) => new BsonString(ExpressionTypeNames.NameOf(args[0])));
        table.Fixed("$isNumber", 1, static (args, _) => BsonBoolean.Create(Numeric.IsNumber(args[0])));
    }

    /// <summary>Converts a value to a BSON type with <c>$convert</c>'s rules.</summary>
    /// <param name="value">The value (not nullish).</param>
    /// <param name="target">The target type.</param>
    /// <returns>The converted value.</returns>
    /// <exception cref="MongoServerException">ConversionFailure (241) when the conversion is impossible.</exception>
    public static BsonValue Convert(BsonValue value, BsonType target)
    {
        if (value.BsonType == target)
        {
            return value;
        }

        switch (target)
        {
            case BsonType.Double:
                return ToDouble(value);
            case BsonType.Int32:
                return ToInt32(value);
            case BsonType.Int64:
                return ToInt64(value);
            case BsonType.Decimal128:
                return ToDecimal(value);
            case BsonType.String:
                return ToStringValue(value);
            case BsonType.Boolean:
                return BsonBoolean.Create(value.IsNumeric ? !Numeric.IsZero(value) : value is not BsonBoolean || value.AsBoolean);
            case BsonType.DateTime:
                return ToDate(value);
            case BsonType.ObjectId:
                return ToObjectId(value);
            default:
                return Unsupported(value, target);
        }
    }

    private static void Shorthand(OperatorTable table, string name, BsonType target) =>
        table.Fixed(name, 1, (args, _) => ExpressionValues.IsNullish(args[0]) ? BsonNull.Value : Convert(args[0]!, target));

    private static AggregationExpression ParseConvert(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(ErrorCodes.FailedToParse, $"$convert expects an object of named arguments but found: {ExpressionTypeNames.NameOf(operand)}");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_convertArguments, ErrorCodes.FailedToParse, ErrorCodes.FailedToParse);
        var input = ExpressionArguments.Required(named, "input", context, ErrorCodes.FailedToParse, "Missing 'input' parameter to $convert");
        var to = ExpressionArguments.Required(named, "to", context, ErrorCodes.FailedToParse, "Missing 'to' parameter to $convert");
        var onError = ExpressionArguments.Optional(named, "onError", context);
        var onNull = ExpressionArguments.Optional(named, "onNull", context);
        if (to.IsConstant && !ExpressionValues.IsNullish(to.ConstantValue))
        {
            ResolveTarget(to.ConstantValue!);
        }

        return new LazyExpression([input, to], (args, ctx) =>
        {
            var toValue = args[1].Evaluate(ctx);
            if (ExpressionValues.IsNullish(toValue))
            {
                return BsonNull.Value;
            }

            var target = ResolveTarget(toValue!);
            var value = args[0].Evaluate(ctx);
            if (ExpressionValues.IsNullish(value))
            {
                return onNull is null ? BsonNull.Value : onNull.Evaluate(ctx);
            }

            try
            {
                return Convert(value!, target);
            }
            catch (MongoServerException exception) when (onError is not null && exception.Code == ErrorCodes.ConversionFailure)
            {
                return onError.Evaluate(ctx);
            }
        });
    }

    private static BsonType ResolveTarget(BsonValue to)
    {
        if (to is BsonString name)
        {
            return ExpressionTypeNames.TryParse(name.Value, out var type)
                ? type
                : ExpressionErrors.Throw<BsonType>(ErrorCodes.BadValue, $"Unknown type name: {name.Value}");
        }

        if (to.IsNumeric)
        {
            if (!Numeric.TryGetInt32(to, out var code))
            {
                return ExpressionErrors.Throw<BsonType>(ErrorCodes.FailedToParse, $"In $convert, numeric 'to' argument is not an integer: {to}");
            }

            return ExpressionTypeNames.TryFromCode(code, out var type)
                ? type
                : ExpressionErrors.Throw<BsonType>(ErrorCodes.FailedToParse, $"In $convert, numeric value for 'to' does not correspond to a BSON type: {code}");
        }

        return ExpressionErrors.Throw<BsonType>(ErrorCodes.FailedToParse, $"$convert's 'to' argument must be a string or number, but is {ExpressionTypeNames.NameOf(to)}");
    }

    private static BsonValue Fail(string message) => ExpressionErrors.Throw<BsonValue>(ErrorCodes.ConversionFailure, message + " in $convert with no onError value");

    private static BsonValue Unsupported(BsonValue value, BsonType target) =>
        Fail($"Unsupported conversion from {ExpressionTypeNames.NameOf(value)} to {ExpressionTypeNames.NameOf(target)}");

    private static BsonValue ToDouble(BsonValue value)
    {
        switch (value)
        {
            case BsonInt32 or BsonInt64:
                return new BsonDouble(value.ToDouble());
            case BsonDecimal128 dec:
                var converted = dec.Value.ToDouble();
                if (double.IsInfinity(converted) && !dec.Value.IsInfinity)
                {
                    return Fail($"Conversion would overflow target type: {dec.Value}");
                }

                return new BsonDouble(converted);
            case BsonBoolean boolean:
                return new BsonDouble(boolean.Value ? 1 : 0);
            case BsonDateTime date:
                return new BsonDouble(date.MillisecondsSinceEpoch);
            case BsonString text:
                return TryParseDouble(text.Value, out var parsed) ? new BsonDouble(parsed) : Fail($"Failed to parse number '{text.Value}'");
            default:
                return Unsupported(value, BsonType.Double);
        }
    }

    private static BsonValue ToInt32(BsonValue value)
    {
        var wide = ToInt64Core(value, BsonType.Int32);
        if (wide is BsonInt64 number)
        {
            if (number.Value is < int.MinValue or > int.MaxValue)
            {
                return Fail($"Conversion would overflow target type: {value}");
            }

            return BsonInt32.Create((int)number.Value);
        }

        return wide;
    }

    private static BsonValue ToInt64(BsonValue value) => value is BsonDateTime date ? BsonInt64.Create(date.MillisecondsSinceEpoch) : ToInt64Core(value, BsonType.Int64);

    private static BsonValue ToInt64Core(BsonValue value, BsonType target)
    {
        switch (value)
        {
            case BsonInt32 or BsonInt64:
                return BsonInt64.Create(value.ToInt64());
            case BsonDouble number:
                if (double.IsNaN(number.Value))
                {
                    return Fail("Attempt to convert NaN value to integer type");
                }

                var truncated = Math.Truncate(number.Value);
                if (double.IsInfinity(number.Value) || truncated >= 9.2233720368547758E18 || truncated < -9.2233720368547758E18)
                {
                    return Fail($"Conversion would overflow target type: {StringCoercion.FormatDouble(number.Value)}");
                }

                return BsonInt64.Create((long)truncated);
            case BsonDecimal128 dec:
                if (dec.Value.IsNaN)
                {
                    return Fail("Attempt to convert NaN value to integer type");
                }

                if (!Numeric.TryToDecimal(dec, out var d) || decimal.Truncate(d) > long.MaxValue || decimal.Truncate(d) < long.MinValue)
                {
                    return Fail($"Conversion would overflow target type: {dec.Value}");
                }

                return BsonInt64.Create((long)decimal.Truncate(d));
            case BsonBoolean boolean:
                return BsonInt64.Create(boolean.Value ? 1 : 0);
            case BsonString text:
                if (text.Value.Length == 0 || !long.TryParse(text.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return Fail($"Failed to parse number '{text.Value}'");
                }

                return BsonInt64.Create(parsed);
            default:
                return Unsupported(value, target);
        }
    }

    private static BsonValue ToDecimal(BsonValue value)
    {
        switch (value)
        {
            case BsonInt32 or BsonInt64:
                return new BsonDecimal128(new Decimal128(value.ToInt64()));
            case BsonDouble number:
                return new BsonDecimal128(new Decimal128(number.Value));
            case BsonBoolean boolean:
                return new BsonDecimal128(new Decimal128(boolean.Value ? 1 : 0));
            case BsonDateTime date:
                return new BsonDecimal128(new Decimal128(date.MillisecondsSinceEpoch));
            case BsonString text:
                return Decimal128.TryParse(text.Value, out var parsed) && text.Value.Trim().Length == text.Value.Length
                    ? new BsonDecimal128(parsed)
                    : Fail($"Failed to parse number '{text.Value}'");
            default:
                return Unsupported(value, BsonType.Decimal128);
        }
    }

    private static BsonValue ToStringValue(BsonValue value)
    {
        switch (value)
        {
            case BsonBoolean boolean:
                return new BsonString(boolean.Value ? "true" : "false");
            case BsonObjectId objectId:
                return new BsonString(objectId.Value.ToString());
            case BsonInt32 or BsonInt64 or BsonDouble or BsonDecimal128 or BsonDateTime or BsonSymbol or BsonJavaScript:
                StringCoercion.TryFormat(value, out var text);
                return new BsonString(text);
            default:
                return Unsupported(value, BsonType.String);
        }
    }

    private static BsonValue ToDate(BsonValue value)
    {
        switch (value)
        {
            case BsonInt64 int64:
                return new BsonDateTime(int64.Value);
            case BsonDouble number:
                if (!double.IsFinite(number.Value) || number.Value >= 9.2233720368547758E18 || number.Value < -9.2233720368547758E18)
                {
                    return Fail($"Conversion would overflow target type: {StringCoercion.FormatDouble(number.Value)}");
                }

                return new BsonDateTime((long)number.Value);
            case BsonDecimal128 dec:
                if (!Numeric.TryToDecimal(dec, out var d) || decimal.Truncate(d) > long.MaxValue || decimal.Truncate(d) < long.MinValue)
                {
                    return Fail($"Conversion would overflow target type: {dec.Value}");
                }

                return new BsonDateTime((long)decimal.Truncate(d));
            case BsonTimestamp or BsonObjectId:
                DateOperators.TryGetMilliseconds(value, out var milliseconds);
                return new BsonDateTime(milliseconds);
            case BsonString text:
                return DateStringParser.TryParse(text.Value, null, TimeZoneSpec.Utc, false, out var parsed, out var error)
                    ? new BsonDateTime(parsed)
                    : ExpressionErrors.Throw<BsonValue>(ErrorCodes.ConversionFailure, $"Error parsing date string '{text.Value}'; {error}");
            default:
                return Unsupported(value, BsonType.DateTime);
        }
    }

    private static BsonValue ToObjectId(BsonValue value)
    {
        if (value is not BsonString text)
        {
            return Unsupported(value, BsonType.ObjectId);
        }

        if (text.Value.Length != 24)
        {
            return Fail($"Failed to parse objectId '{text.Value}': Invalid string length for parsing to OID, expected 24 but found {text.Value.Length}");
        }

        return ObjectId.TryParse(text.Value, out var objectId)
            ? new BsonObjectId(objectId)
            : Fail($"Failed to parse objectId '{text.Value}': Invalid character found in hex string");
    }

    private static bool TryParseDouble(string text, out double result)
    {
        result = 0;
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        switch (text.ToUpperInvariant())
        {
            case "INF" or "INFINITY" or "+INF" or "+INFINITY":
                result = double.PositiveInfinity;
                return true;
            case "-INF" or "-INFINITY":
                result = double.NegativeInfinity;
                return true;
            case "NAN" or "-NAN" or "+NAN":
                result = double.NaN;
                return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }
}
