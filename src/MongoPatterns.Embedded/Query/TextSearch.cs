using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Query;

/// <summary>A parsed <c>$text</c> query: terms, phrases and negations, matched and scored against text-indexed fields.</summary>
/// <remarks>
/// <para>
/// Matching follows MongoDB: a document matches when an indexed field contains at least one search term (after stop
/// words and stemming), contains every quoted phrase, and contains none of the negated terms (<c>-term</c>) and
/// phrases (<c>-"phrase"</c>). A search with only negations matches nothing.
/// </para>
/// <para>
/// Scoring approximates MongoDB's: for each string of an indexed field, every occurrence of a term adds a
/// diminishing amount (1, 1/2, 1/4, ...); the sum is scaled by <c>0.5 + 0.5 × occurrences / words in the string</c>,
/// by 1.1 when the whole string is the term, and by the field's weight. A document's score is the sum over the
/// distinct search terms. Scores therefore rank like MongoDB's but are not guaranteed to be identical.
/// </para>
/// </remarks>
internal sealed class TextSearch
{
    private readonly TextIndexDefinition _index;
    private readonly HashSet<string> _terms;
    private readonly HashSet<string> _negatedTerms;
    private readonly List<string> _phrases;
    private readonly List<string> _negatedPhrases;

    private TextSearch(
        TextIndexDefinition index,
        string search,
        string language,
        bool caseSensitive,
        bool diacriticSensitive,
        HashSet<string> terms,
        HashSet<string> negatedTerms,
        List<string> phrases,
        List<string> negatedPhrases)
    {
        _index = index;
        Search = search;
        Language = language;
        CaseSensitive = caseSensitive;
        DiacriticSensitive = diacriticSensitive;
        _terms = terms;
        _negatedTerms = negatedTerms;
        _phrases = phrases;
        _negatedPhrases = negatedPhrases;
    }

    /// <summary>Gets the <c>$search</c> string.</summary>
    public string Search { get; }

    /// <summary>Gets the language of the search terms.</summary>
    public string Language { get; }

    /// <summary>Gets a value indicating whether matching is case sensitive.</summary>
    public bool CaseSensitive { get; }

    /// <summary>Gets a value indicating whether matching is diacritic sensitive.</summary>
    public bool DiacriticSensitive { get; }

    /// <summary>Gets the positive terms (normalised, including the words of phrases).</summary>
    public IReadOnlyCollection<string> Terms => _terms;

    /// <summary>Gets the negated terms (normalised).</summary>
    public IReadOnlyCollection<string> NegatedTerms => _negatedTerms;

    /// <summary>Gets the required phrases (case/diacritic folded as requested).</summary>
    public IReadOnlyList<string> Phrases => _phrases;

    /// <summary>Gets the excluded phrases.</summary>
    public IReadOnlyList<string> NegatedPhrases => _negatedPhrases;

    /// <summary>Parses the argument of <c>$text</c>.</summary>
    /// <param name="argument">The <c>{$search, $language, $caseSensitive, $diacriticSensitive}</c> document.</param>
    /// <param name="index">The collection's text index.</param>
    /// <returns>The search.</returns>
    public static TextSearch Parse(BsonValue argument, TextIndexDefinition index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (argument is not BsonDocument document)
        {
            throw new MongoServerException(ErrorCodes.BadValue, "$text expects an object");
        }

        string? search = null;
        var language = index.DefaultLanguage;
        bool caseSensitive = false, diacriticSensitive = false;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "$search":
                    search = element.Value is BsonString text ? text.Value : throw new MongoServerException(ErrorCodes.BadValue, "$search needs a String");
                    break;
                case "$language":
                    language = element.Value is BsonString name ? name.Value : throw new MongoServerException(ErrorCodes.BadValue, "$language needs a String");
                    if (!TextAnalyzer.IsSupportedLanguage(language))
                    {
                        throw new MongoServerException(17262, $"language override unsupported: {language}");
                    }

                    break;
                case "$caseSensitive":
                    caseSensitive = element.Value is BsonBoolean flag ? flag.Value : throw new MongoServerException(ErrorCodes.BadValue, "$caseSensitive needs a boolean");
                    break;
                case "$diacriticSensitive":
                    diacriticSensitive = element.Value is BsonBoolean diacritics ? diacritics.Value : throw new MongoServerException(ErrorCodes.BadValue, "$diacriticSensitive needs a boolean");
                    break;
                default:
                    throw new MongoServerException(ErrorCodes.BadValue, $"extra fields in $text: {element.Name}");
            }
        }

        if (search is null)
        {
            throw new MongoServerException(ErrorCodes.BadValue, "$search required");
        }

        var analyzer = TextAnalyzer.For(language);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var negatedTerms = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new List<string>();
        var negatedPhrases = new List<string>();
        var i = 0;
        while (i < search.Length)
        {
            if (char.IsWhiteSpace(search[i]))
            {
                i++;
                continue;
            }

            var negated = search[i] == '-' && i + 1 < search.Length && !char.IsWhiteSpace(search[i + 1]);
            var start = negated ? i + 1 : i;
            if (start < search.Length && search[start] == '"')
            {
                var close = search.IndexOf('"', start + 1);
                var phrase = close < 0 ? search[(start + 1)..] : search[(start + 1)..close];
                i = close < 0 ? search.Length : close + 1;
                if (phrase.Length == 0)
                {
                    continue;
                }

                (negated ? negatedPhrases : phrases).Add(TextAnalyzer.Fold(phrase, caseSensitive, diacriticSensitive));
                if (!negated)
                {
                    AddTerms(analyzer, phrase, terms, caseSensitive, diacriticSensitive);
                }

                continue;
            }

            var end = start;
            while (end < search.Length && !char.IsWhiteSpace(search[end]) && search[end] != '"')
            {
                end++;
            }

            AddTerms(analyzer, search[start..end], negated ? negatedTerms : terms, caseSensitive, diacriticSensitive);
            i = end;
        }

        return new TextSearch(index, search, language, caseSensitive, diacriticSensitive, terms, negatedTerms, phrases, negatedPhrases);
    }

    /// <summary>Tests a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(BsonDocument document) => Score(document) is not null;

    /// <summary>Scores a document, or returns null when it does not match.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The score, or <see langword="null"/>.</returns>
    public double? Score(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_terms.Count == 0)
        {
            return null;
        }

        var language = document.TryGetValue(_index.LanguageOverride, out var languageValue) && languageValue is BsonString named
            && TextAnalyzer.IsSupportedLanguage(named.Value) ? named.Value : _index.DefaultLanguage;
        var analyzer = TextAnalyzer.For(language);
        var strings = new List<(string Text, double Weight)>();
        CollectStrings(document, strings);

        var termScores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (text, weight) in strings)
        {
            ScoreString(analyzer, text, weight, termScores);
        }

        foreach (var negated in _negatedTerms)
        {
            if (termScores.ContainsKey(negated))
            {
                return null;
            }
        }

        double score = 0;
        var found = false;
        foreach (var term in _terms)
        {
            if (termScores.TryGetValue(term, out var termScore))
            {
                score += termScore;
                found = true;
            }
        }

        if (!found)
        {
            return null;
        }

        if (_phrases.Count > 0 || _negatedPhrases.Count > 0)
        {
            var folded = strings.Select(s => TextAnalyzer.Fold(s.Text, CaseSensitive, DiacriticSensitive)).ToList();
            foreach (var phrase in _phrases)
            {
                if (!folded.Exists(text => text.Contains(phrase, StringComparison.Ordinal)))
                {
                    return null;
                }
            }

            foreach (var phrase in _negatedPhrases)
            {
                if (folded.Exists(text => text.Contains(phrase, StringComparison.Ordinal)))
                {
                    return null;
                }
            }
        }

        return score;
    }

    private static void AddTerms(TextAnalyzer analyzer, string text, HashSet<string> target, bool caseSensitive, bool diacriticSensitive)
    {
        foreach (var term in analyzer.Terms(text, caseSensitive, diacriticSensitive))
        {
            target.Add(term);
        }
    }

    private void ScoreString(TextAnalyzer analyzer, string text, double weight, Dictionary<string, double> scores)
    {
        var terms = analyzer.Terms(text, CaseSensitive, DiacriticSensitive);
        if (terms.Count == 0)
        {
            return;
        }

        var frequencies = new Dictionary<string, (int Count, double Frequency, double Next)>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            frequencies[term] = frequencies.TryGetValue(term, out var entry)
                ? (entry.Count + 1, entry.Frequency + entry.Next, entry.Next / 2)
                : (1, 1, 0.5);
        }

        foreach (var (term, (count, frequency, _)) in frequencies)
        {
            var coefficient = (0.5 * count / terms.Count) + 0.5;
            var adjustment = text.Equals(term, StringComparison.OrdinalIgnoreCase) ? 1.1 : 1;
            scores[term] = scores.GetValueOrDefault(term) + (weight * frequency * coefficient * adjustment);
        }
    }

    private void CollectStrings(BsonDocument document, List<(string Text, double Weight)> strings)
    {
        if (_index.IndexesAllFields)
        {
            CollectAll(document, string.Empty, strings);
            return;
        }

        foreach (var (path, weight) in _index.Weights)
        {
            CollectPath(document, path.Split('.'), 0, weight, strings);
        }
    }

    private void CollectAll(BsonDocument document, string prefix, List<(string Text, double Weight)> strings)
    {
        foreach (var element in document)
        {
            var path = prefix.Length == 0 ? element.Name : prefix + "." + element.Name;
            CollectAllValue(element.Value, path, strings);
        }
    }

    private void CollectAllValue(BsonValue value, string path, List<(string Text, double Weight)> strings)
    {
        switch (value)
        {
            case BsonString text:
                strings.Add((text.Value, _index.Weights.TryGetValue(path, out var weight) ? weight : 1));
                break;
            case BsonDocument nested:
                CollectAll(nested, path, strings);
                break;
            case BsonArray array:
                foreach (var item in array)
                {
                    CollectAllValue(item, path, strings);
                }

                break;
        }
    }

    private static void CollectPath(BsonValue value, string[] parts, int index, double weight, List<(string Text, double Weight)> strings)
    {
        if (value is BsonArray array)
        {
            foreach (var item in array)
            {
                CollectPath(item, parts, index, weight, strings);
            }

            return;
        }

        if (index == parts.Length)
        {
            if (value is BsonString text)
            {
                strings.Add((text.Value, weight));
            }

            return;
        }

        if (value is BsonDocument document && document.TryGetValue(parts[index], out var next))
        {
            CollectPath(next, parts, index + 1, weight, strings);
        }
    }
}
