using System.Globalization;
using System.Text;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// Splits text into words and normalises them for <c>$text</c>: case folding, diacritic removal, English stop words
/// and Porter2 stemming.
/// </summary>
/// <remarks>
/// Words are runs of letters, digits and combining marks; everything else (spaces, punctuation, hyphens) delimits.
/// Every language MongoDB accepts is recognised, but only English (and <c>none</c>, which disables stop words and
/// stemming) is analysed linguistically; other languages get case and diacritic folding only.
/// </remarks>
internal sealed class TextAnalyzer
{
    private static readonly HashSet<string> s_languages = new(StringComparer.OrdinalIgnoreCase)
    {
        "danish", "da", "dutch", "nl", "english", "en", "finnish", "fi", "french", "fr", "german", "de", "hungarian", "hu",
        "italian", "it", "norwegian", "nb", "portuguese", "pt", "romanian", "ro", "russian", "ru", "spanish", "es",
        "swedish", "sv", "turkish", "tr", "none",
    };

    private static readonly HashSet<string> s_englishStopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so",
        "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
        "yourselves",
    };

    private readonly bool _english;

    private TextAnalyzer(bool english) => _english = english;

    /// <summary>Gets whether MongoDB accepts a language name or code for text search.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Whether it is supported.</returns>
    public static bool IsSupportedLanguage(string language) => s_languages.Contains(language);

    /// <summary>Gets the analyser for a language.</summary>
    /// <param name="language">The language name or code.</param>
    /// <returns>The analyser.</returns>
    public static TextAnalyzer For(string language) =>
        new(language.Equals("english", StringComparison.OrdinalIgnoreCase) || language.Equals("en", StringComparison.OrdinalIgnoreCase));

    /// <summary>Splits text into raw words.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The words, in order.</returns>
    public static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && IsWordChar(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Folds case and diacritics as requested (for terms and phrases).</summary>
    /// <param name="text">The text.</param>
    /// <param name="caseSensitive">Whether case is kept.</param>
    /// <param name="diacriticSensitive">Whether diacritics are kept.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string text, bool caseSensitive, bool diacriticSensitive)
    {
        var folded = caseSensitive ? text : text.ToLowerInvariant();
        return diacriticSensitive ? folded : RemoveDiacritics(folded);
    }

    /// <summary>Normalises one word into an index term, or returns null for a stop word.</summary>
    /// <param name="word">The raw word.</param>
    /// <param name="caseSensitive">Whether case is kept.</param>
    /// <param name="diacriticSensitive">Whether diacritics are kept.</param>
    /// <returns>The term, or <see langword="null"/>.</returns>
    public string? Normalize(string word, bool caseSensitive, bool diacriticSensitive)
    {
        var folded = Fold(word, caseSensitive, diacriticSensitive);
        if (!_english)
        {
            return folded;
        }

        var lower = caseSensitive ? folded.ToLowerInvariant() : folded;
        if (s_englishStopWords.Contains(lower))
        {
            return null;
        }

        return caseSensitive ? StemPreservingCase(folded, lower) : EnglishStemmer.Stem(folded);
    }

    /// <summary>Normalises all words of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="caseSensitive">Whether case is kept.</param>
    /// <param name="diacriticSensitive">Whether diacritics are kept.</param>
    /// <returns>The terms (stop words removed), in order.</returns>
    public List<string> Terms(string text, bool caseSensitive, bool diacriticSensitive)
    {
        var terms = new List<string>();
        foreach (var word in SplitWords(text))
        {
            var term = Normalize(word, caseSensitive, diacriticSensitive);
            if (term is not null)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    private static string StemPreservingCase(string word, string lower)
    {
        var stem = EnglishStemmer.Stem(lower);
        var common = Math.Min(stem.Length, word.Length);
        var builder = new StringBuilder(stem.Length);
        for (var i = 0; i < stem.Length; i++)
        {
            builder.Append(i < common && char.ToLowerInvariant(word[i]) == stem[i] ? word[i] : stem[i]);
        }

        return builder.ToString();
    }

    private static bool IsWordChar(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static string RemoveDiacritics(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
