using System.Text.RegularExpressions;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// A regular-expression match (<c>{a: /x/}</c>, <c>$regex</c>, regexes in <c>$in</c>/<c>$all</c>): strings and
/// symbols match the pattern; a stored regular expression matches when pattern and options are identical.
/// </summary>
internal sealed class RegexPredicate : ValuePredicate
{
    private readonly Regex _regex;

    /// <summary>Creates the predicate (the pattern is compiled once and cached).</summary>
    /// <param name="pattern">The PCRE-style pattern.</param>
    /// <param name="options">The option letters.</param>
    public RegexPredicate(string pattern, string options)
    {
        Pattern = pattern;
        Options = new BsonRegularExpression(pattern, options).Options;
        _regex = RegexCache.Get(pattern, Options);
    }

    /// <summary>Gets the pattern.</summary>
    public string Pattern { get; }

    /// <summary>Gets the sorted option letters.</summary>
    public string Options { get; }

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value) => value switch
    {
        BsonString text => _regex.IsMatch(text.Value),
        BsonSymbol symbol => _regex.IsMatch(symbol.Name),
        BsonRegularExpression regex => string.Equals(regex.Pattern, Pattern, StringComparison.Ordinal)
            && string.Equals(regex.Options, Options, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Tests a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether the pattern matches somewhere in it.</returns>
    public bool IsMatch(string text) => _regex.IsMatch(text);
}
