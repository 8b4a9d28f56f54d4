namespace MongoPatterns.SpecTests.Support;

/// <summary>
/// The one list of spec test cases that are skipped, each with the reason: the feature it needs that is not built
/// yet. A case may only be skipped for that reason; everything else must pass.
/// </summary>
public static class SpecSkips
{
    /// <summary>Skipped cases: key <c>suite/file: description</c>, value the reason.</summary>
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        // Empty: every connection-string and uri-options case runs. Add entries as
        // ["suite/file.json: description"] = "needs <feature>, not built yet".
    };

    /// <summary>Gets the skip reason for a case, or <see langword="null"/> when it runs.</summary>
    /// <param name="suite">The suite folder, e.g. <c>uri-options</c>.</param>
    /// <param name="file">The file name.</param>
    /// <param name="description">The test description.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    public static string? ReasonFor(string suite, string file, string description) =>
        Reasons.GetValueOrDefault($"{suite}/{file}: {description}");
}
