using System.Text;
using System.Text.Unicode;

namespace MongoPatterns.Bson.IO;

/// <summary>Strict UTF-8 conversions: invalid input is reported, never replaced with U+FFFD.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Gets the lenient encoding, for diagnostics only.</summary>
    public static Encoding Lenient => Encoding.UTF8;

    /// <summary>Decodes strictly: false (and an empty string) when the bytes are not valid UTF-8.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        // ASCII, the common case: one vectorized check, then Latin-1 decoding (of which ASCII is a subset) allocates the
        // string and widens the bytes into it directly, without a second validation pass or a callback.
        if (Ascii.IsValid(bytes))
        {
            text = Encoding.Latin1.GetString(bytes);
            return true;
        }

        // Validate first (vectorized), then decode with the shared encoding's fast paths; valid input decodes the same
        // under every fallback, so no exception handling is needed.
        if (!Utf8.IsValid(bytes))
        {
            text = string.Empty;
            return false;
        }

        text = Encoding.UTF8.GetString(bytes);
        return true;
    }

    /// <summary>Encodes into <paramref name="destination"/>, which must be large enough; -1 when the text has lone surrogates.</summary>
    public static int TryEncode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        try
        {
            return s_strict.GetBytes(text, destination);
        }
        catch (EncoderFallbackException)
        {
            return -1;
        }
    }

    /// <summary>The exact UTF-8 length; -1 when the text has lone surrogates.</summary>
    public static int TryGetByteCount(ReadOnlySpan<char> text)
    {
        try
        {
            return s_strict.GetByteCount(text);
        }
        catch (EncoderFallbackException)
        {
            return -1;
        }
    }
}
