using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Diagnostics;

/// <summary>Renders documents for log messages and trace attributes as relaxed Extended JSON, truncated as the Logging specification says.</summary>
internal static class LogDocumentFormatter
{
    private const string Ellipsis = "...";

    /// <summary>Formats <paramref name="document"/>, cutting it to <paramref name="maxLength"/> characters (plus <c>...</c>).</summary>
    public static string Format(BsonDocument document, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Truncate(document.ToString(), maxLength);
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="maxLength"/> characters (plus <c>...</c>) without splitting a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxLength <= 0 || text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), Ellipsis);
    }
}
