using System.Globalization;
using System.Text.RegularExpressions;

namespace MongoPatterns.Compat;

/// <summary>The closing line every client suite prints: <c>&lt;client&gt;: N passed, M failed</c>.</summary>
internal readonly partial record struct SuiteSummary(int Passed, int Failed)
{
    /// <summary>Finds the last summary line of the given client in a suite's output.</summary>
    public static bool TryParse(string output, string client, out SuiteSummary summary)
    {
        summary = default;
        var found = false;
        foreach (Match match in SummaryLine().Matches(output))
        {
            if (match.Groups["client"].Value != client)
            {
                continue;
            }

            summary = new SuiteSummary(
                int.Parse(match.Groups["passed"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["failed"].Value, CultureInfo.InvariantCulture));
            found = true;
        }

        return found;
    }

    /// <summary>The lines of a suite's output that report a failed check.</summary>
    public static IEnumerable<string> FailureLines(string output) =>
        output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.StartsWith("FAIL ", StringComparison.Ordinal));

    [GeneratedRegex(@"^(?<client>[A-Za-z][A-Za-z-]*): (?<passed>\d+) passed, (?<failed>\d+) failed\r?$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}
