using System.Text;
using System.Text.RegularExpressions;

namespace MongoPatterns.Driver.Exceptions;

/// <summary>
/// What a duplicate key error message says: <c>E11000 duplicate key error collection: db.users index: email_1 dup key: { email: "a@b" }</c>.
/// </summary>
internal sealed partial record DuplicateKeyInfo(string? CollectionNamespace, string? IndexName, string? KeyValueText)
{
    /// <summary>Extracts the namespace, index and key from a write error.</summary>
    /// <param name="writeError">The duplicate key write error.</param>
    /// <returns>The parts found; missing parts are <see langword="null"/>.</returns>
    public static DuplicateKeyInfo Parse(WriteError writeError)
    {
        ArgumentNullException.ThrowIfNull(writeError);
        var match = MessagePattern().Match(writeError.Message);
        var keyText = writeError.KeyValue?.ToString();
        if (!match.Success)
        {
            return new DuplicateKeyInfo(null, null, keyText);
        }

        var index = match.Groups["index"];
        var key = match.Groups["key"];
        return new DuplicateKeyInfo(
            match.Groups["ns"].Value,
            index.Success ? index.Value : null,
            key.Success ? key.Value.Trim() : keyText);
    }

    /// <summary>Builds the exception message: what happened and what to do.</summary>
    /// <param name="writeError">The write error.</param>
    /// <returns>The message.</returns>
    public string FormatMessage(WriteError writeError)
    {
        var text = new StringBuilder("E11000 duplicate key error");
        if (IndexName is not null)
        {
            var collection = CollectionNamespace is { } ns && ns.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? ns[(dot + 1)..] : CollectionNamespace;
            text.Append(" on ").Append(collection is null ? IndexName : collection + "." + IndexName);
        }

        if (KeyValueText is not null)
        {
            text.Append(" for ").Append(KeyValueText);
        }

        text.Append(". Another document already has this key; use a different value, or update the existing document instead (for example with an upsert).");
        if (IndexName is null)
        {
            text.Append(" Server message: ").Append(writeError.Message);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"collection: (?<ns>\S+)(?: index: (?<index>\S+))?(?: dup key: (?<key>\{.*\}))?", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex MessagePattern();
}
