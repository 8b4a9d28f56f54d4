using System.Buffers;
using System.Text;
using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Builds the regular expressions that string methods translate to. The user's text is always escaped, so it matches
/// itself literally: every regular-expression metacharacter gets a backslash and a null character becomes <c>\x00</c>
/// (a BSON pattern cannot hold one). Ends are anchored with <c>\z</c> rather than <c>$</c>, which would also match
/// before a final line break.
/// </summary>
internal static class RegexPatterns
{
    private const string Metacharacters = "\\^$.|?*+()[]{}#-/ ";
    private static readonly SearchValues<char> s_escaped = SearchValues.Create(Metacharacters + "\0");

    /// <summary>Escapes <paramref name="text"/> so that it matches itself literally in PCRE and .NET patterns.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped pattern.</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(s_escaped))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            if (character == '\0')
            {
                builder.Append("\\x00");
            }
            else
            {
                if (Metacharacters.Contains(character, StringComparison.Ordinal))
                {
                    builder.Append('\\');
                }

                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    /// <summary>A pattern matching strings that start with <paramref name="prefix"/>.</summary>
    public static BsonRegularExpression StartsWith(string prefix, bool ignoreCase) => Create("^" + Escape(prefix), ignoreCase);

    /// <summary>A pattern matching strings that end with <paramref name="suffix"/>.</summary>
    public static BsonRegularExpression EndsWith(string suffix, bool ignoreCase) => Create(Escape(suffix) + "\\z", ignoreCase);

    /// <summary>A pattern matching strings that contain <paramref name="text"/>.</summary>
    public static BsonRegularExpression Contains(string text, bool ignoreCase) => Create(Escape(text), ignoreCase);

    /// <summary>A pattern matching exactly <paramref name="text"/>.</summary>
    public static BsonRegularExpression Exactly(string text, bool ignoreCase) => Create("^" + Escape(text) + "\\z", ignoreCase);

    /// <summary>A pattern matching empty strings and strings of white space only.</summary>
    public static BsonRegularExpression WhiteSpaceOnly() => new("^\\s*\\z");

    private static BsonRegularExpression Create(string pattern, bool ignoreCase) => new(pattern, ignoreCase ? "i" : null);
}
