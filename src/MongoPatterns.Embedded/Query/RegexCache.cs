using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// Compiles MongoDB (PCRE) regular expressions to .NET regexes and caches them by pattern and options.
/// </summary>
/// <remarks>
/// Options map as <c>i</c> → IgnoreCase, <c>m</c> → Multiline, <c>s</c> → Singleline, <c>x</c> →
/// IgnorePatternWhitespace; <c>u</c> is accepted (patterns are always Unicode). PCRE constructs .NET lacks are
/// rewritten where simple: <c>\Q...\E</c> quoting and Python-style named groups <c>(?P&lt;n&gt;...)</c>,
/// <c>(?P=n)</c>. Remaining differences: <c>\w</c>, <c>\d</c> and <c>\b</c> are Unicode-aware in .NET, and possessive
/// quantifiers are rejected as invalid.
/// </remarks>
internal static class RegexCache
{
    private const int Capacity = 1024;
    private static readonly ConcurrentDictionary<(string Pattern, string Options), Regex> s_cache = new();

    /// <summary>Validates option letters (code 51108 for an unknown flag).</summary>
    /// <param name="options">The options.</param>
    public static void ValidateOptions(string options)
    {
        foreach (var flag in options)
        {
            if (flag is not ('i' or 'm' or 's' or 'x' or 'u'))
            {
                throw new MongoServerException(51108, $"invalid flag in regex options: {flag}");
            }
        }
    }

    /// <summary>Gets the compiled regex for a pattern and options, compiling it on first use.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="options">The options.</param>
    /// <returns>The regex.</returns>
    /// <exception cref="MongoServerException">The pattern or the options are invalid.</exception>
    public static Regex Get(string pattern, string options)
    {
        if (s_cache.TryGetValue((pattern, options), out var cached))
        {
            return cached;
        }

        var regex = Compile(pattern, options);
        if (s_cache.Count >= Capacity)
        {
            s_cache.Clear();
        }

        s_cache.TryAdd((pattern, options), regex);
        return regex;
    }

    private static Regex Compile(string pattern, string options)
    {
        if (pattern.Contains('\0', StringComparison.Ordinal))
        {
            throw new MongoServerException(51091, "Regular expression cannot contain an embedded null byte");
        }

        ValidateOptions(options);
        var regexOptions = RegexOptions.CultureInvariant;
        foreach (var flag in options)
        {
            regexOptions |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }

        try
        {
            return new Regex(Translate(pattern), regexOptions);
        }
        catch (ArgumentException exception)
        {
            throw new MongoServerException(51091, $"Regular expression is invalid: {exception.Message}");
        }
    }

    private static string Translate(string pattern)
    {
        if (!pattern.Contains("\\Q", StringComparison.Ordinal) && !pattern.Contains("(?P", StringComparison.Ordinal))
        {
            return pattern;
        }

        var builder = new StringBuilder(pattern.Length + 8);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                if (pattern[i + 1] == 'Q')
                {
                    var end = pattern.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                    var literal = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                    builder.Append(Regex.Escape(literal));
                    i = end < 0 ? pattern.Length : end + 1;
                    continue;
                }

                builder.Append(c).Append(pattern[i + 1]);
                i++;
                continue;
            }

            if (c == '(' && string.CompareOrdinal(pattern, i, "(?P<", 0, 4) == 0)
            {
                builder.Append("(?<");
                i += 3;
                continue;
            }

            if (c == '(' && string.CompareOrdinal(pattern, i, "(?P=", 0, 4) == 0)
            {
                var close = pattern.IndexOf(')', i);
                if (close > 0)
                {
                    builder.Append("\\k<").Append(pattern, i + 4, close - i - 4).Append('>');
                    i = close;
                    continue;
                }
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
