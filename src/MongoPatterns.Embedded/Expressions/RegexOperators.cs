using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary><c>$regexMatch</c>, <c>$regexFind</c> and <c>$regexFindAll</c> (PCRE options i, m, s, x mapped onto .NET regular expressions).</summary>
internal static class RegexOperators
{
    private static readonly string[] s_arguments = ["input", "regex", "options"];
    private static readonly ConcurrentDictionary<(string Pattern, string Options), Regex> s_cache = new();

    /// <summary>Registers the operators.</summary>
    /// <param name="table">The operator table.</param>
    public static void Register(OperatorTable table)
    {
        table.Add("$regexMatch", static (name, operand, context) => Parse(name, operand, context, Mode.Match));
        table.Add("$regexFind", static (name, operand, context) => Parse(name, operand, context, Mode.Find));
        table.Add("$regexFindAll", static (name, operand, context) => Parse(name, operand, context, Mode.FindAll));
    }

    /// <summary>Compiles a pattern with MongoDB option letters (cached).</summary>
    /// <param name="name">The operator name for errors.</param>
    /// <param name="pattern">The pattern.</param>
    /// <param name="options">The option letters.</param>
    /// <returns>The compiled expression.</returns>
    internal static Regex Compile(string name, string pattern, string options)
    {
        if (s_cache.TryGetValue((pattern, options), out var cached))
        {
            return cached;
        }

        var regexOptions = RegexOptions.CultureInvariant;
        foreach (var option in options)
        {
            regexOptions |= option switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                'u' => RegexOptions.None,
                _ => ExpressionErrors.Throw<RegexOptions>(51108, $"{name} invalid flag in regex options: {option}"),
            };
        }

        if (pattern.Contains('\0', StringComparison.Ordinal))
        {
            ExpressionErrors.Throw(51109, $"{name}: regular expression cannot contain an embedded null byte");
        }

        Regex regex;
        try
        {
            regex = new Regex(pattern, regexOptions, TimeSpan.FromSeconds(10));
        }
        catch (ArgumentException exception)
        {
            return ExpressionErrors.Throw<Regex>(51111, $"Invalid Regex in {name}: {exception.Message}");
        }

        if (s_cache.Count < 1024)
        {
            s_cache.TryAdd((pattern, options), regex);
        }

        return regex;
    }

    private static AggregationExpression Parse(string name, BsonValue operand, ExpressionParseContext context, Mode mode)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(51103, $"{name} expects an object of named arguments but found: {ExpressionTypeNames.NameOf(operand)}");
        }

        var named = ExpressionArguments.ReadNamed(name, operand, s_arguments, 51103, 31024);
        var input = ExpressionArguments.Required(named, "input", context, 31022, $"{name} requires 'input' parameter");
        var regex = ExpressionArguments.Required(named, "regex", context, 31023, $"{name} requires 'regex' parameter");
        var options = ExpressionArguments.Optional(named, "options", context);
        AggregationExpression[] arguments = options is null ? [input, regex] : [input, regex, options];
        return FunctionExpression.Create(name, arguments, (args, _) =>
        {
            var optionText = string.Empty;
            if (args.Length > 2 && !ExpressionValues.IsNullish(args[2]))
            {
                if (args[2] is not BsonString optionString)
                {
                    return ExpressionErrors.Throw<BsonValue>(51106, $"{name} needs 'options' to be of type string");
                }

                optionText = optionString.Value;
            }

            var regexValue = args[1];
            string pattern;
            if (ExpressionValues.IsNullish(regexValue))
            {
                pattern = string.Empty;
            }
            else if (regexValue is BsonString patternString)
            {
                pattern = patternString.Value;
            }
            else if (regexValue is BsonRegularExpression bsonRegex)
            {
                pattern = bsonRegex.Pattern;
                if (bsonRegex.Options.Length > 0 && optionText.Length > 0)
                {
                    ExpressionErrors.Throw(51107, $"{name}: found regex option(s) specified in both 'regex' and 'option' fields");
                }

                optionText = bsonRegex.Options.Length > 0 ? bsonRegex.Options : optionText;
            }
            else
            {
                return ExpressionErrors.Throw<BsonValue>(51105, $"{name} needs 'regex' to be of type string or regex");
            }

            var inputValue = args[0];
            if (!ExpressionValues.IsNullish(inputValue) && inputValue is not BsonString)
            {
                ExpressionErrors.Throw(51104, $"{name} needs 'input' to be of type string");
            }

            if (ExpressionValues.IsNullish(inputValue) || ExpressionValues.IsNullish(regexValue))
            {
                return mode switch
                {
                    Mode.Match => BsonBoolean.False,
                    Mode.Find => BsonNull.Value,
                    _ => new BsonArray(),
                };
            }

            var compiled = Compile(name, pattern, optionText);
            var text = ((BsonString)inputValue!).Value;
            switch (mode)
            {
                case Mode.Match:
                    return BsonBoolean.Create(compiled.IsMatch(text));
                case Mode.Find:
                    var match = compiled.Match(text);
                    return match.Success ? Describe(match, text) : BsonNull.Value;
                default:
                    var all = new BsonArray();
                    foreach (Match each in compiled.Matches(text))
                    {
                        all.Add(Describe(each, text));
                    }

                    return all;
            }
        });
    }

    private static BsonDocument Describe(Match match, string text)
    {
        var captures = new BsonArray();
        for (var i = 1; i < match.Groups.Count; i++)
        {
            var group = match.Groups[i];
            captures.Add(group.Success ? new BsonString(group.Value) : BsonNull.Value);
        }

        return new BsonDocument
        {
            { "match", match.Value },
            { "idx", StringOperators.CodePointCount(text[..match.Index]) },
            { "captures", captures },
        };
    }

    private enum Mode
    {
        Match,
        Find,
        FindAll,
    }
}
