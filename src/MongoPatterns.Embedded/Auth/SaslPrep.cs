using System.Globalization;
using System.Text;

namespace MongoPatterns.Embedded.Auth;

/// <summary>
/// SASLprep (RFC 4013) for SCRAM-SHA-256 passwords: non-ASCII spaces become spaces, "commonly mapped to nothing"
/// characters are removed, the result is NFKC-normalised, and prohibited characters are rejected.
/// </summary>
internal static class SaslPrep
{
    /// <summary>Prepares a string.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The prepared string.</returns>
    /// <exception cref="ArgumentException">The string contains a prohibited character.</exception>
    public static string Prepare(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var isAscii = true;
        foreach (var c in value)
        {
            if (c > 0x7E || c < 0x20)
            {
                isAscii = false;
                break;
            }
        }

        if (isAscii)
        {
            return value;
        }

        var mapped = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            if (IsMappedToNothing(rune.Value))
            {
                continue;
            }

            if (IsNonAsciiSpace(rune.Value))
            {
                mapped.Append(' ');
                continue;
            }

            mapped.Append(rune.ToString());
        }

        var normalized = mapped.ToString().Normalize(NormalizationForm.FormKC);
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsProhibited(rune))
            {
                throw new ArgumentException("The password contains a character prohibited by SASLprep.", nameof(value));
            }
        }

        return normalized;
    }

    private static bool IsMappedToNothing(int c) => c is 0x00AD or 0x034F or 0x1806 or 0x180B or 0x180C or 0x180D or 0x200B or 0x200C or 0x200D
        or 0x2060 or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF;

    private static bool IsNonAsciiSpace(int c) => c is 0x00A0 or 0x1680 or (>= 0x2000 and <= 0x200B) or 0x202F or 0x205F or 0x3000;

    private static bool IsProhibited(Rune rune)
    {
        var c = rune.Value;
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate
            || c is (>= 0xFDD0 and <= 0xFDEF) or 0xFFFE or 0xFFFF or (>= 0xFFF9 and <= 0xFFFD) or (>= 0x2FF0 and <= 0x2FFB)
            || c is 0x0340 or 0x0341 or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x206A and <= 0x206F)
            || (c & 0xFFFE) == 0xFFFE;
    }
}
