using System.Text;

namespace MongoPatterns.Bson.IO;

/// <summary>Strict UTF-8 conversions: invalid input is reported, never replaced with U+FFFD.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Gets the lenient encoding, for diagnostics only.</summary>
    public static Encoding Lenient => Encoding.UTF8;

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = s_strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
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
