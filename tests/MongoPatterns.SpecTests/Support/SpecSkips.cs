namespace MongoPatterns.SpecTests.Support;

/// <summary>
/// The one list of spec test cases that are skipped, each with the reason: the feature it needs that is not built
/// yet. A case may only be skipped for that reason (or, for unified tests, because its <c>runOnRequirements</c> are
/// not met by the server, which the unified runner reports itself); everything else must pass.
/// </summary>
public static class SpecSkips
{
    /// <summary>Skipped cases: key <c>suite/file: description</c>, value the reason.</summary>
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        // Add entries as ["suite/file.json: description"] = "needs <feature>, not built yet".
    };

    /// <summary>
    /// Features that unified tests may use but that are not built: key <c>suite: name</c>, where the name is an
    /// operation name (e.g. <c>clientBulkWrite</c>) or an operation argument (e.g. <c>rawData</c>); value the reason.
    /// Every test of the suite that uses the feature is skipped.
    /// </summary>
    private static readonly Dictionary<string, string> FeatureReasons = new(StringComparer.Ordinal)
    {
        ["crud/unified: clientBulkWrite"] = "needs MongoClient.bulkWrite (the MongoDB 8.0 bulkWrite command), not built in the driver yet",
        ["crud/unified: rawData"] = "needs the Atlas-only rawData option (MongoDB 8.2+ time-series raw buckets), not built in the driver",
    };

    /// <summary>Gets the skip reason for a case, or <see langword="null"/> when it runs.</summary>
    /// <param name="suite">The suite folder, e.g. <c>uri-options</c>.</param>
    /// <param name="file">The file name.</param>
    /// <param name="description">The test description.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    public static string? ReasonFor(string suite, string file, string description) =>
        Reasons.GetValueOrDefault($"{suite}/{file}: {description}");

    /// <summary>Gets the skip reason for a feature (operation or argument name) a test uses, or <see langword="null"/> when it is built.</summary>
    /// <param name="suite">The suite folder, e.g. <c>crud/unified</c>.</param>
    /// <param name="feature">The operation or argument name.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    public static string? ReasonForFeature(string suite, string feature) =>
        FeatureReasons.GetValueOrDefault($"{suite}: {feature}");
}
