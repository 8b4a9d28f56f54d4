using Xunit.Abstractions;

namespace MongoPatterns.Compat;

/// <summary>
/// Runs one client suite script and checks its output contract: a final line <c>&lt;client&gt;: N passed, M failed</c>
/// with M == 0 and N &gt; 0, and exit code 0. Also the skip checks for missing clients.
/// </summary>
internal static class SuiteRun
{
    /// <summary>Skips unless node and the package's node_modules folder are there; returns the node executable.</summary>
    public static string RequireNodePackage(string package, string installHint)
    {
        var node = CompatLayout.FindOnPath("node");
        Skip.If(node is null, "Node.js is not installed (node is not on PATH): apt-get install nodejs npm, then " + installHint);
        Skip.IfNot(
            File.Exists(CompatLayout.InSuite("node_modules", package, "package.json")),
            $"the npm package '{package}' is not installed: {installHint}");
        return node!;
    }

    /// <summary>Skips unless the system python has pymongo.</summary>
    public static async Task RequirePymongoAsync()
    {
        Skip.IfNot(File.Exists(CompatLayout.SystemPython), $"{CompatLayout.SystemPython} is missing: apt-get install python3 python3-pymongo");
        var probe = await ScriptRunner.RunAsync(
            CompatLayout.SystemPython, ["-c", "import pymongo"], CompatLayout.SuiteDirectory, new Dictionary<string, string>(), TimeSpan.FromSeconds(30));
        Skip.IfNot(probe.ExitCode == 0, $"pymongo is not installed for {CompatLayout.SystemPython}: apt-get install python3-pymongo");
    }

    /// <summary>Runs a suite against <paramref name="uri"/>, writes its output to the test output and asserts it passed.</summary>
    public static async Task RunAndAssertAsync(ITestOutputHelper output, string client, string fileName, string[] arguments, string uri, TimeSpan timeout)
    {
        var environment = new Dictionary<string, string>
        {
            ["MONGODB_URI"] = uri,
            ["MONGOSH_FORCE_DISABLE_TELEMETRY_FOR_TESTING"] = "1",
            ["PYTHONDONTWRITEBYTECODE"] = "1",
            ["NO_COLOR"] = "1",
        };

        var result = await ScriptRunner.RunAsync(fileName, arguments, CompatLayout.SuiteDirectory, environment, timeout);
        output.WriteLine($"$ MONGODB_URI={uri} {fileName} {string.Join(' ', arguments)}");
        output.WriteLine(result.Output);

        Assert.False(result.TimedOut, $"the {client} suite did not finish within {timeout.TotalMinutes:0} minutes. Output:\n{result.Output}");
        Assert.True(
            SuiteSummary.TryParse(result.Output, client, out var summary),
            $"the {client} suite printed no '{client}: N passed, M failed' line (exit code {result.ExitCode}). Output:\n{result.Output}");
        Assert.True(
            summary.Failed == 0,
            $"{client}: {summary.Failed} check(s) failed, {summary.Passed} passed:\n{string.Join('\n', SuiteSummary.FailureLines(result.Output))}");
        Assert.True(summary.Passed > 0, $"the {client} suite ran no check. Output:\n{result.Output}");
        Assert.True(result.ExitCode == 0, $"the {client} suite exited with {result.ExitCode} although it reported no failure. Output:\n{result.Output}");
    }
}
