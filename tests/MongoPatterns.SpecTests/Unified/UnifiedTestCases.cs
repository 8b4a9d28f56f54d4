using MongoPatterns.Bson;
using MongoPatterns.SpecTests.Support;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// Lists the tests of a unified-format suite as theory rows, deciding at discovery time which are skipped: listed in
/// <see cref="SpecSkips"/>, or not runnable on any of the embedded servers because of their <c>runOnRequirements</c>,
/// or using a feature <see cref="SpecSkips"/> lists as not built.
/// </summary>
internal static class UnifiedTestCases
{
    private static readonly Lazy<IReadOnlyList<UnifiedServerDescription>> Servers = new(DescribeServers);

    /// <summary>Yields one row per test of every <c>*.json</c> file in the suite, or a skipped placeholder when the folder is missing.</summary>
    /// <param name="suite">The suite folder below the spec root, e.g. <c>crud/unified</c>.</param>
    public static IEnumerable<object[]> Cases(string suite)
    {
        if (!SpecDirectory.TryGet(suite, out var folder))
        {
            yield return [SpecCase.Missing(suite)];
            yield break;
        }

        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            var file = UnifiedTestFile.Load(path);
            var tests = file["tests"].AsBsonArray;
            for (var index = 0; index < tests.Count; index++)
            {
                var test = tests[index].AsBsonDocument;
                var description = test["description"].AsString;
                var reason = SpecSkips.ReasonFor(suite, fileName, description)
                    ?? (test.GetValue("skipReason", null) is BsonString skipReason ? $"the test file skips it: {skipReason.Value}" : null)
                    ?? (UnifiedTestFile.IsCompatible(file) ? RequirementReason(file, test) : null)
                    ?? FeatureReason(suite, test);
                yield return [new SpecCase(suite, fileName, index, description, reason)];
            }
        }
    }

    private static string? RequirementReason(BsonDocument file, BsonDocument test)
    {
        var chosen = UnifiedServer.Choose(Servers.Value, static description => description, file.GetValue("runOnRequirements", null), test.GetValue("runOnRequirements", null), out var reason);
        return chosen is null ? reason : null;
    }

    private static string? FeatureReason(string suite, BsonDocument test)
    {
        foreach (var operation in test["operations"].AsBsonArray.Cast<BsonDocument>())
        {
            var reason = SpecSkips.ReasonForFeature(suite, operation["name"].AsString);
            if (reason is null && operation.GetValue("arguments", null) is BsonDocument arguments)
            {
                reason = arguments.Names.Select(name => SpecSkips.ReasonForFeature(suite, name)).FirstOrDefault(r => r is not null);
            }

            if (reason is not null)
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>Starts the servers once at discovery to read what they report, then stops them (the fixture starts its own).</summary>
    private static IReadOnlyList<UnifiedServerDescription> DescribeServers() =>
        Task.Run(async () =>
        {
            var servers = await UnifiedServer.StartAllAsync().ConfigureAwait(false);
            var descriptions = servers.Select(server => server.Description).ToList();
            foreach (var server in servers)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            return (IReadOnlyList<UnifiedServerDescription>)descriptions;
        }).GetAwaiter().GetResult();
}
