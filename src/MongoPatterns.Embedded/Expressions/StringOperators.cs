using System.Text;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>String operators: concatenation, substrings (bytes and code points), case, trimming, splitting, searching and replacing.</summary>
internal static class StringOperators
{
    private static readonly string[] s_trimArguments = ["input", "chars"];
    private static readonly string[] s_replaceArguments = ["input", "find", "replacement"];

    // The characters $trim removes by default: NUL, the ASCII spaces and the Unicode space separators.
    private static readonly int[] s_defaultTrimCodePoints =
    [
        0x0000, 0x0020, 0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
        0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
    ];

    /// <summary>Registers the operators.</summary>
    /// <param name="table">The operator table.</param>
    public static void Register(OperatorTable table)
    {
        table.Variadic("$concat", Concat);
        table.Fixed("$substr", 3, static (args, _) => SubstringBytes("$substrBytes", args));
        table.Fixed("$substrBytes", 3, static (args, _) => SubstringBytes("$substrBytes", args));
        table.Fixed("$substrCP", 3, static (args, _) => SubstringCodePoints(args));
        table.Fixed("$toLower", 1, static (args, _) => new BsonString(AsciiCase(StringCoercion.Coerce(args[0]), upper: false)));
        table.Fixed("$toUpper", 1, static (args, _) => new BsonString(AsciiCase(StringCoercion.Coerce(args[0]), upper: true)));
        table.Add("$trim", static (name, operand, context) => ParseTrim(name, operand, context, start: true, end: true));
        table.Add("$ltrim", static (name, operand, context) => ParseTrim(name, operand, context, start: true, end: false));
        table.Add("$rtrim", static (name, operand, context) => ParseTrim(name, operand, context, start: false, end: true));
        table.Fixed("$split", 2, static (args, _) => Split(args));
        table.Fixed("$strLenBytes", 1, static (args, _) => args[0] is BsonString text
            ? BsonInt32.Create(Encoding.UTF8.GetByteCount(text.Value))
            : ExpressionErrors.Throw<BsonValue>(34473, $"$strLenBytes requires a string argument, found: {ExpressionTypeNames.NameOf(args[0])}"));
        table.Fixed("$strLenCP", 1, static (args, _) => args[0] is BsonString text
            ? BsonInt32.Create(CodePointCount(text.Value))
            : ExpressionErrors.Throw<BsonValue>(34471, $"$strLenCP requires a string argument, found: {ExpressionTypeNames.NameOf(args[0])}"));
        table.Ranged("$indexOfBytes", 2, 4, static (args, _) => IndexOf("$indexOfBytes", args, bytes: true));
        table.Ranged("$indexOfCP", 2, 4, static (args, _) => IndexOf("$indexOfCP", args, bytes: false));
        table.Fixed("$strcasecmp", 2, static (args, _) =>
        {
            var left = AsciiCase(StringCoercion.Coerce(args[0]), upper: false);
            var right = AsciiCase(StringCoercion.Coerce(args[1]), upper: false);
            return BsonInt32.Create(Math.Sign(string.CompareOrdinal(left, right)));
        });
        table.Add("$replaceOne", static (name, operand, context) => ParseReplace(name, operand, context, all: false));
        table.Add("$replaceAll", static (name, operand, context) => ParseReplace(name, operand, context, all: true));
    }

    /// <summary>Counts the Unicode code points of a string.</summary>
    /// <param name="text">The string.</param>
    /// <returns>The number of code points.</returns>
    internal static int CodePointCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>Gets the UTF-16 index of a code point index (the length when past the end).</summary>
    /// <param name="text">The string.</param>
    /// <param name="codePoints">The code point index.</param>
    /// <returns>The UTF-16 index.</returns>
    internal static int CharIndexOfCodePoint(string text, long codePoints)
    {
        var index = 0;
        for (long i = 0; i < codePoints && index < text.Length; i++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return index;
    }

    private static string AsciiCase(string text, bool upper)
    {
        return string.Create(text.Length, (text, upper), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = state.upper ? (char.IsAsciiLetterLower(c) ? (char)(c - 32) : c) : (char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c);
            }
        });
    }

    private static BsonValue? Concat(ReadOnlySpan<BsonValue?> args, EvaluationContext context)
    {
        var builder = new StringBuilder();
        foreach (var arg in args)
        {
            if (ExpressionValues.IsNullish(arg))
            {
                return BsonNull.Value;
            }

            if (arg is not BsonString text)
            {
                return ExpressionErrors.Throw<BsonValue>(16702, $"$concat only supports strings, not {ExpressionTypeNames.NameOf(arg)}");
            }

            builder.Append(text.Value);
        }

        return new BsonString(builder.ToString());
    }

    private static BsonString SubstringBytes(string name, ReadOnlySpan<BsonValue?> args)
    {
        var text = StringCoercion.Coerce(args[0]);
        if (args[1] is null || !args[1]!.IsNumeric)
        {
            ExpressionErrors.Throw(16034, $"{name}: starting index must be a numeric type (is BSON type {ExpressionTypeNames.NameOf(args[1])})");
        }

        if (args[2] is null || !args[2]!.IsNumeric)
        {
            ExpressionErrors.Throw(16035, $"{name}: length must be a numeric type (is BSON type {ExpressionTypeNames.NameOf(args[2])})");
        }

        var start = TruncateToLong(args[1]!);
        var length = TruncateToLong(args[2]!);
        if (start < 0)
        {
            ExpressionErrors.Throw(50752, $"{name}: starting index must be non-negative (got: {start})");
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        if (start >= bytes.Length)
        {
            return BsonString.Empty;
        }

        if (IsContinuationByte(bytes[start]))
        {
            ExpressionErrors.Throw(28656, $"{name}:  Invalid range, starting index is a UTF-8 continuation byte.");
        }

        var end = length < 0 || start + length > bytes.Length ? bytes.Length : start + length;
        if (end < bytes.Length && IsContinuationByte(bytes[end]))
        {
            ExpressionErrors.Throw(28657, $"{name}:  Invalid range, ending index is in the middle of a UTF-8 character.");
        }

        return new BsonString(Encoding.UTF8.GetString(bytes, (int)start, (int)(end - start)));
    }

    private static BsonString SubstringCodePoints(ReadOnlySpan<BsonValue?> args)
    {
        var text = StringCoercion.Coerce(args[0]);
        var startValue = args[1];
        var lengthValue = args[2];
        if (startValue is null || !startValue.IsNumeric)
        {
            ExpressionErrors.Throw(34450, $"$substrCP: starting index must be a numeric type (is BSON type {ExpressionTypeNames.NameOf(startValue)})");
        }

        if (!Numeric.TryGetInt32(startValue, out var start))
        {
            ExpressionErrors.Throw(34451, $"$substrCP: starting index cannot be represented as a 32-bit integral value: {startValue}");
        }

        if (lengthValue is null || !lengthValue.IsNumeric)
        {
            ExpressionErrors.Throw(34452, $"$substrCP: length must be a numeric type (is BSON type {ExpressionTypeNames.NameOf(lengthValue)})");
        }

        if (!Numeric.TryGetInt32(lengthValue, out var length))
        {
            ExpressionErrors.Throw(34453, $"$substrCP: length cannot be represented as a 32-bit integral value: {lengthValue}");
        }

        if (length < 0)
        {
            ExpressionErrors.Throw(34454, "$substrCP: length must be a nonnegative integer.");
        }

        if (start < 0)
        {
            ExpressionErrors.Throw(34455, "$substrCP: the starting index must be nonnegative integer.");
        }

        var from = CharIndexOfCodePoint(text, start);
        var to = from + CharIndexOfCodePoint(text[from..], length);
        return new BsonString(text[from..to]);
    }

    private static long TruncateToLong(BsonValue number) => number switch
    {
        BsonInt32 or BsonInt64 => number.ToInt64(),
        BsonDouble d => double.IsNaN(d.Value) ? 0 : d.Value >= long.MaxValue ? long.MaxValue : d.Value <= long.MinValue ? long.MinValue : (long)d.Value,
        _ => Numeric.TryToDecimal(number, out var dec) ? (long)Math.Clamp(decimal.Truncate(dec), long.MinValue, long.MaxValue) : 0,
    };

    private static bool IsContinuationByte(byte value) => (value & 0xC0) == 0x80;

    private static AggregationExpression ParseTrim(string name, BsonValue operand, ExpressionParseContext context, bool start, bool end)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(50696, $"{name} only supports an object as an argument, found: {ExpressionTypeNames.NameOf(operand)}");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_trimArguments, 50696, 50694);
        var input = ExpressionArguments.Required(named, "input", context, 50695, $"{name} requires an 'input' field");
        var chars = ExpressionArguments.Optional(named, "chars", context);
        AggregationExpression[] arguments = chars is null ? [input] : [input, chars];
        return FunctionExpression.Create(name, arguments, (args, _) =>
        {
            var value = args[0];
            if (ExpressionValues.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is not BsonString text)
            {
                return ExpressionErrors.Throw<BsonValue>(50699, $"{name} requires its input to be a string, got {value} (of type {ExpressionTypeNames.NameOf(value)}) instead.");
            }

            int[] trimmed = s_defaultTrimCodePoints;
            if (args.Length > 1)
            {
                if (ExpressionValues.IsNullish(args[1]))
                {
                    return BsonNull.Value;
                }

                if (args[1] is not BsonString charsText)
                {
                    return ExpressionErrors.Throw<BsonValue>(50700, $"{name} requires 'chars' to be a string, got {args[1]} (of type {ExpressionTypeNames.NameOf(args[1])}) instead.");
                }

                trimmed = ToCodePoints(charsText.Value);
            }

            var points = ToCodePoints(text.Value);
            var first = 0;
            var last = points.Length;
            while (start && first < last && Array.IndexOf(trimmed, points[first]) >= 0)
            {
                first++;
            }

            while (end && last > first && Array.IndexOf(trimmed, points[last - 1]) >= 0)
            {
                last--;
            }

            var builder = new StringBuilder();
            for (var i = first; i < last; i++)
            {
                builder.Append(char.ConvertFromUtf32(points[i]));
            }

            return new BsonString(builder.ToString());
        });
    }

    private static int[] ToCodePoints(string text)
    {
        var result = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            result.Add(rune.Value);
        }

        return result.ToArray();
    }

    private static BsonValue Split(ReadOnlySpan<BsonValue?> args)
    {
        if (ExpressionValues.IsNullish(args[0]) || ExpressionValues.IsNullish(args[1]))
        {
            return BsonNull.Value;
        }

        if (args[0] is not BsonString text)
        {
            return ExpressionErrors.Throw<BsonValue>(40085, $"$split requires an expression that evaluates to a string as a first argument, found: {ExpressionTypeNames.NameOf(args[0])}");
        }

        if (args[1] is not BsonString separator)
        {
            return ExpressionErrors.Throw<BsonValue>(40086, $"$split requires an expression that evaluates to a string as a second argument, found: {ExpressionTypeNames.NameOf(args[1])}");
        }

        if (separator.Value.Length == 0)
        {
            ExpressionErrors.Throw(40087, "$split requires a non-empty separator");
        }

        var result = new BsonArray();
        foreach (var part in text.Value.Split(separator.Value, StringSplitOptions.None))
        {
            result.Add(new BsonString(part));
        }

        return result;
    }

    private static BsonValue IndexOf(string name, ReadOnlySpan<BsonValue?> args, bool bytes)
    {
        if (ExpressionValues.IsNullish(args[0]))
        {
            return BsonNull.Value;
        }

        if (args[0] is not BsonString text)
        {
            return ExpressionErrors.Throw<BsonValue>(bytes ? 40091 : 40093, $"{name} requires a string as the first argument, found: {ExpressionTypeNames.NameOf(args[0])}");
        }

        if (args[1] is not BsonString token)
        {
            return ExpressionErrors.Throw<BsonValue>(bytes ? 40092 : 40094, $"{name} requires a string as the second argument, found: {ExpressionTypeNames.NameOf(args[1])}");
        }

        var units = bytes ? Encoding.UTF8.GetBytes(text.Value).Select(static b => (int)b).ToArray() : ToCodePoints(text.Value);
        var needle = bytes ? Encoding.UTF8.GetBytes(token.Value).Select(static b => (int)b).ToArray() : ToCodePoints(token.Value);
        var start = 0L;
        var end = (long)units.Length;
        if (args.Length > 2)
        {
            start = ReadIndex(name, args[2], "starting");
        }

        if (args.Length > 3)
        {
            end = Math.Min(end, ReadIndex(name, args[3], "ending"));
        }

        if (start > units.Length || end < start)
        {
            return BsonInt32.Create(-1);
        }

        for (var i = start; i + needle.Length <= end; i++)
        {
            var match = true;
            for (var j = 0; j < needle.Length; j++)
            {
                if (units[(int)(i + j)] != needle[j])
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                return BsonInt32.Create((int)i);
            }
        }

        return BsonInt32.Create(-1);
    }

    private static long ReadIndex(string name, BsonValue? value, string which)
    {
        if (!Numeric.TryGetInt64(value, out var index))
        {
            return ExpressionErrors.Throw<long>(40096, $"{name} requires an integral {which} index, found a value of type: {ExpressionTypeNames.NameOf(value)}, with value: {ExpressionErrors.Describe(value)}");
        }

        if (index < 0)
        {
            ExpressionErrors.Throw(40097, $"{name} requires a nonnegative {which} index, found: {value}");
        }

        return index;
    }

    private static AggregationExpression ParseReplace(string name, BsonValue operand, ExpressionParseContext context, bool all)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(51751, $"{name} requires an object as an argument, found: {ExpressionTypeNames.NameOf(operand)}");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_replaceArguments, 51751, 51750);
        var input = ExpressionArguments.Required(named, "input", context, 51749, $"{name} requires 'input' to be specified");
        var find = ExpressionArguments.Required(named, "find", context, 51748, $"{name} requires 'find' to be specified");
        var replacement = ExpressionArguments.Required(named, "replacement", context, 51747, $"{name} requires 'replacement' to be specified");
        return FunctionExpression.Create(name, [input, find, replacement], (args, _) =>
        {
            string[] roles = ["input", "find", "replacement"];
            for (var i = 0; i < 3; i++)
            {
                if (!ExpressionValues.IsNullish(args[i]) && args[i] is not BsonString)
                {
                    return ExpressionErrors.Throw<BsonValue>(51746, $"{name} requires that '{roles[i]}' be a string, found: {args[i]}");
                }
            }

            if (ExpressionValues.IsNullish(args[0]) || ExpressionValues.IsNullish(args[1]) || ExpressionValues.IsNullish(args[2]))
            {
                return BsonNull.Value;
            }

            var text = ((BsonString)args[0]!).Value;
            var pattern = ((BsonString)args[1]!).Value;
            var substitute = ((BsonString)args[2]!).Value;
            if (pattern.Length == 0)
            {
                if (!all)
                {
                    return new BsonString(substitute + text);
                }

                var builder = new StringBuilder(substitute);
                foreach (var rune in text.EnumerateRunes())
                {
                    builder.Append(rune.ToString()).Append(substitute);
                }

                return new BsonString(builder.ToString());
            }

            if (all)
            {
                return new BsonString(text.Replace(pattern, substitute, StringComparison.Ordinal));
            }

            var index = text.IndexOf(pattern, StringComparison.Ordinal);
            return index < 0 ? args[0] : new BsonString(string.Concat(text.AsSpan(0, index), substitute, text.AsSpan(index + pattern.Length)));
        });
    }
}
