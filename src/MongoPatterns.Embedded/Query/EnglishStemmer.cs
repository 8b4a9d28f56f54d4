using System.Text;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// The Porter2 ("Snowball English") stemming algorithm, which MongoDB's text search uses for English: reduces words
/// to a common stem (<c>running</c> → <c>run</c>, <c>caresses</c> → <c>caress</c>, <c>generously</c> → <c>generous</c>).
/// </summary>
/// <remarks>Implemented from the published description of the algorithm (steps 0-5, R1/R2 regions, exception lists).</remarks>
internal static class EnglishStemmer
{
    private static readonly Dictionary<string, string> s_exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> s_postStep1aInvariants = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    private static readonly (string Suffix, string Replacement)[] s_step2 =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"),
        ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"), ("bli", "ble"),
        ("ogi", "og"), ("li", string.Empty),
    ];

    private static readonly (string Suffix, string Replacement)[] s_step3 =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", string.Empty),
        ("ical", "ic"), ("ness", string.Empty), ("ful", string.Empty),
    ];

    private static readonly string[] s_step4 =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ];

    /// <summary>Stems a lower-case word.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The stem.</returns>
    public static string Stem(string word)
    {
        if (word.Length <= 2)
        {
            return word;
        }

        if (s_exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }

        var w = new StringBuilder(word);
        if (w[0] == '\'')
        {
            w.Remove(0, 1);
        }

        MarkConsonantY(w);
        var (r1, r2) = Regions(w);

        Step0(w);
        Step1A(w);
        if (s_postStep1aInvariants.Contains(w.ToString()))
        {
            return w.ToString();
        }

        Step1B(w, r1);
        Step1C(w);
        Step2(w, r1);
        Step3(w, r1, r2);
        Step4(w, r2);
        Step5(w, r1, r2);
        return w.ToString().Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void MarkConsonantY(StringBuilder w)
    {
        if (w.Length > 0 && w[0] == 'y')
        {
            w[0] = 'Y';
        }

        for (var i = 1; i < w.Length; i++)
        {
            if (w[i] == 'y' && IsVowel(w[i - 1]))
            {
                w[i] = 'Y';
            }
        }
    }

    private static (int R1, int R2) Regions(StringBuilder w)
    {
        var text = w.ToString();
        int r1;
        if (text.StartsWith("gener", StringComparison.Ordinal) || text.StartsWith("arsen", StringComparison.Ordinal))
        {
            r1 = 5;
        }
        else if (text.StartsWith("commun", StringComparison.Ordinal))
        {
            r1 = 6;
        }
        else
        {
            r1 = RegionAfter(text, 0);
        }

        return (r1, RegionAfter(text, r1));
    }

    private static int RegionAfter(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (!IsVowel(text[i]) && IsVowel(text[i - 1]))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length)
        {
            return false;
        }

        var offset = w.Length - suffix.Length;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (w[offset + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Replace(StringBuilder w, int suffixLength, string replacement)
    {
        w.Length -= suffixLength;
        w.Append(replacement);
    }

    private static bool ContainsVowel(StringBuilder w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithShortSyllable(StringBuilder w, int length)
    {
        if (length == 2)
        {
            return IsVowel(w[0]) && !IsVowel(w[1]);
        }

        if (length < 3)
        {
            return false;
        }

        var last = w[length - 1];
        return !IsVowel(w[length - 3]) && IsVowel(w[length - 2]) && !IsVowel(last) && last is not ('w' or 'x' or 'Y');
    }

    private static bool IsShortWord(StringBuilder w, int r1) => r1 >= w.Length && EndsWithShortSyllable(w, w.Length);

    private static void Step0(StringBuilder w)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["'s'", "'s", "'"])
        {
            if (EndsWith(w, suffix))
            {
                w.Length -= suffix.Length;
                return;
            }
        }
    }

    private static void Step1A(StringBuilder w)
    {
        if (EndsWith(w, "sses"))
        {
            Replace(w, 4, "ss");
        }
        else if (EndsWith(w, "ied") || EndsWith(w, "ies"))
        {
            Replace(w, 3, w.Length > 4 ? "i" : "ie");
        }
        else if (EndsWith(w, "us") || EndsWith(w, "ss"))
        {
            // unchanged
        }
        else if (EndsWith(w, "s") && w.Length >= 3 && ContainsVowel(w, w.Length - 2))
        {
            w.Length -= 1;
        }
    }

    private static void Step1B(StringBuilder w, int r1)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["eedly", "eed"])
        {
            if (EndsWith(w, suffix))
            {
                if (w.Length - suffix.Length >= r1)
                {
                    Replace(w, suffix.Length, "ee");
                }

                return;
            }
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ingly", "edly", "ing", "ed"])
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            var stemLength = w.Length - suffix.Length;
            if (!ContainsVowel(w, stemLength))
            {
                return;
            }

            w.Length = stemLength;
            if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz"))
            {
                w.Append('e');
            }
            else if (w.Length >= 2 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
            {
                w.Length -= 1;
            }
            else if (IsShortWord(w, r1))
            {
                w.Append('e');
            }

            return;
        }
    }

    private static void Step1C(StringBuilder w)
    {
        if (w.Length > 2 && (w[^1] == 'y' || w[^1] == 'Y') && !IsVowel(w[^2]))
        {
            w[^1] = 'i';
        }
    }

    private static void Step2(StringBuilder w, int r1)
    {
        foreach (var (suffix, replacement) in s_step2)
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            var start = w.Length - suffix.Length;
            if (start < r1)
            {
                return;
            }

            if (suffix == "ogi" && (start == 0 || w[start - 1] != 'l'))
            {
                return;
            }

            if (suffix == "li" && (start == 0 || w[start - 1] is not ('c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')))
            {
                return;
            }

            Replace(w, suffix.Length, replacement);
            return;
        }
    }

    private static void Step3(StringBuilder w, int r1, int r2)
    {
        foreach (var (suffix, replacement) in s_step3)
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            var start = w.Length - suffix.Length;
            if (start >= r1 && (suffix != "ative" || start >= r2))
            {
                Replace(w, suffix.Length, replacement);
            }

            return;
        }
    }

    private static void Step4(StringBuilder w, int r2)
    {
        foreach (var suffix in s_step4)
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            var start = w.Length - suffix.Length;
            if (start < r2)
            {
                return;
            }

            if (suffix == "ion" && (start == 0 || w[start - 1] is not ('s' or 't')))
            {
                return;
            }

            w.Length = start;
            return;
        }
    }

    private static void Step5(StringBuilder w, int r1, int r2)
    {
        if (EndsWith(w, "e"))
        {
            var start = w.Length - 1;
            if (start >= r2 || (start >= r1 && !EndsWithShortSyllable(w, start)))
            {
                w.Length = start;
            }
        }
        else if (EndsWith(w, "l"))
        {
            var start = w.Length - 1;
            if (start >= r2 && start > 0 && w[start - 1] == 'l')
            {
                w.Length = start;
            }
        }
    }
}
