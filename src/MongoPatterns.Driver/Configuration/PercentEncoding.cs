using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace MongoPatterns.Driver;

/// <summary>RFC 3986 percent-encoding as the connection string specification uses it (no <c>+</c> for space).</summary>
internal static class PercentEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes <c>%XX</c> sequences (UTF-8 bytes) and keeps every other character. Fails when a <c>%</c> is not
    /// followed by two hexadecimal digits or the decoded bytes are not valid UTF-8.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<char> text, [NotNullWhen(true)] out string? decoded)
    {
        var percent = text.IndexOf('%');
        if (percent < 0)
        {
            decoded = text.ToString();
            return true;
        }

        var result = new StringBuilder(text.Length);
        result.Append(text[..percent]);
        var bytes = new byte[text.Length / 3];
        var index = percent;
        while (index < text.Length)
        {
            if (text[index] != '%')
            {
                result.Append(text[index++]);
                continue;
            }

            var count = 0;
            while (index < text.Length && text[index] == '%')
            {
                if (index + 2 >= text.Length || !char.IsAsciiHexDigit(text[index + 1]) || !char.IsAsciiHexDigit(text[index + 2]))
                {
                    decoded = null;
                    return false;
                }

                bytes[count++] = (byte)((HexValue(text[index + 1]) << 4) | HexValue(text[index + 2]));
                index += 3;
            }

            try
            {
                result.Append(StrictUtf8.GetString(bytes, 0, count));
            }
            catch (DecoderFallbackException)
            {
                decoded = null;
                return false;
            }
        }

        decoded = result.ToString();
        return true;
    }

    /// <summary>Percent-encodes everything except the RFC 3986 unreserved characters.</summary>
    public static string Encode(string text) => Uri.EscapeDataString(text);

    /// <summary>Whether every <c>%</c> in <paramref name="text"/> starts a <c>%XX</c> sequence.</summary>
    public static bool HasValidEscapes(ReadOnlySpan<char> text)
    {
        for (var index = text.IndexOf('%'); index >= 0; index = text.IndexOf('%'))
        {
            if (index + 2 >= text.Length || !char.IsAsciiHexDigit(text[index + 1]) || !char.IsAsciiHexDigit(text[index + 2]))
            {
                return false;
            }

            text = text[(index + 3)..];
        }

        return true;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
