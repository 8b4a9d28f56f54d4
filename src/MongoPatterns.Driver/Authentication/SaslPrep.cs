using System.Text;

namespace MongoPatterns.Driver.Authentication;

/// <summary>
/// SASLprep (RFC 4013), the stringprep profile (RFC 3454) SCRAM-SHA-256 applies to passwords: map, normalize with
/// NFKC, reject prohibited characters and check the bidirectional-text rules.
/// </summary>
internal static class SaslPrep
{
    /// <summary>Prepares <paramref name="value"/> with SASLprep.</summary>
    /// <param name="value">The string to prepare, e.g. a password.</param>
    /// <param name="allowUnassigned">
    /// <see langword="true"/> to accept code points unassigned in Unicode 3.2 (stringprep "queries");
    /// <see langword="false"/> (the default) to reject them as for "stored strings", which SCRAM uses.
    /// </param>
    /// <returns>The prepared string.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="value"/> contains a prohibited or unassigned character or breaks the bidirectional rules. The
    /// message describes the problem without repeating the value.
    /// </exception>
    public static string Prepare(string value, bool allowUnassigned = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        string normalized;
        try
        {
            normalized = Map(value).Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // .NET refuses to normalize some non-characters (e.g. U+FFFE), which table C.4 prohibits anyway.
            throw Invalid("contains a prohibited character (a non-character code point)");
        }

        var containsRandAL = false;
        var containsL = false;
        var firstIsRandAL = false;
        var lastIsRandAL = false;
        var index = 0;
        foreach (var rune in normalized.EnumerateRunes())
        {
            var codePoint = rune.Value;
            if (StringPrepTables.Contains(StringPrepTables.Prohibited, codePoint))
            {
                throw Invalid("contains a prohibited character (a control, private-use, non-character, non-ASCII space or similar code point)");
            }

            if (!allowUnassigned && StringPrepTables.Contains(StringPrepTables.Unassigned, codePoint))
            {
                throw Invalid("contains a code point that is unassigned in Unicode 3.2");
            }

            var isRandAL = StringPrepTables.Contains(StringPrepTables.RandALCat, codePoint);
            containsRandAL |= isRandAL;
            containsL |= StringPrepTables.Contains(StringPrepTables.LCat, codePoint);
            firstIsRandAL = index == 0 ? isRandAL : firstIsRandAL;
            lastIsRandAL = isRandAL;
            index++;
        }

        if (containsRandAL && containsL)
        {
            throw Invalid("mixes right-to-left and left-to-right characters");
        }

        if (containsRandAL && !(firstIsRandAL && lastIsRandAL))
        {
            throw Invalid("contains right-to-left characters but does not start and end with one");
        }

        return normalized;
    }

    /// <summary>Step 1: removes table B.1 characters and maps table C.1.2 spaces to U+0020.</summary>
    private static string Map(string value)
    {
        var mapped = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            int codePoint;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                throw Invalid("contains an unpaired surrogate");
            }
            else
            {
                codePoint = c;
            }

            if (StringPrepTables.Contains(StringPrepTables.MappedToNothing, codePoint))
            {
                continue;
            }

            if (StringPrepTables.Contains(StringPrepTables.NonAsciiSpace, codePoint))
            {
                mapped.Append(' ');
            }
            else if (codePoint > char.MaxValue)
            {
                mapped.Append(value[i - 1]).Append(value[i]);
            }
            else
            {
                mapped.Append(c);
            }
        }

        return mapped.ToString();
    }

    private static ArgumentException Invalid(string problem) => new($"The string cannot be prepared with SASLprep (RFC 4013): it {problem}.");
}
