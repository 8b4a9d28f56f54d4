using System.Text.RegularExpressions;

namespace MongoPatterns.Bson;

/// <summary>
/// A BSON regular expression: a pattern and option letters. The options are kept sorted alphabetically, as the
/// BSON specification requires them to be encoded.
/// </summary>
public sealed class BsonRegularExpression : BsonValue
{
    /// <summary>Creates a value.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="options">The option letters in any order (e.g. <c>"mi"</c> is stored as <c>"im"</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    public BsonRegularExpression(string pattern, string? options = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        Options = SortOptions(options ?? string.Empty);
    }

    /// <summary>
    /// Creates a value from a .NET <see cref="Regex"/>: its pattern, with IgnoreCase, Multiline, Singleline and
    /// IgnorePatternWhitespace mapped to the options i, m, s and x.
    /// </summary>
    /// <param name="regex">The regular expression.</param>
    /// <exception cref="ArgumentNullException"><paramref name="regex"/> is null.</exception>
    public BsonRegularExpression(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        Pattern = regex.ToString();
        var options = regex.Options;
        Span<char> letters = stackalloc char[4];
        var count = 0;
        if ((options & RegexOptions.IgnoreCase) != 0)
        {
            letters[count++] = 'i';
        }

        if ((options & RegexOptions.Multiline) != 0)
        {
            letters[count++] = 'm';
        }

        if ((options & RegexOptions.Singleline) != 0)
        {
            letters[count++] = 's';
        }

        if ((options & RegexOptions.IgnorePatternWhitespace) != 0)
        {
            letters[count++] = 'x';
        }

        Options = new string(letters[..count]);
    }

    /// <summary>Gets the pattern.</summary>
    public string Pattern { get; }

    /// <summary>Gets the option letters, sorted alphabetically.</summary>
    public string Options { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.RegularExpression;

    /// <summary>Returns the options sorted alphabetically (the same instance when already sorted).</summary>
    /// <param name="options">The option letters.</param>
    /// <returns>The sorted letters.</returns>
    internal static string SortOptions(string options)
    {
        for (var i = 1; i < options.Length; i++)
        {
            if (options[i - 1] > options[i])
            {
                var letters = options.ToCharArray();
                Array.Sort(letters);
                return new string(letters);
            }
        }

        return options;
    }

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other)
    {
        var regex = (BsonRegularExpression)other;
        return string.Equals(Pattern, regex.Pattern, StringComparison.Ordinal) && string.Equals(Options, regex.Options, StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() =>
        HashCode.Combine(Pattern.GetHashCode(StringComparison.Ordinal), Options.GetHashCode(StringComparison.Ordinal));
}
