using Xunit.Abstractions;

namespace MongoPatterns.Compat;

/// <summary>
/// Runs each real client's suite (node/, mongosh/, python/) against mongopatterns-server. A suite is skipped with the
/// command that installs its client when that client is missing; otherwise every one of its checks must pass.
/// </summary>
[Trait("Category", "Compat")]
public sealed class ClientCompatibilityTests(CompatServerFixture server, ITestOutputHelper output) : IClassFixture<CompatServerFixture>
{
    private const string NpmHint = "run `npm ci --prefix tests/MongoPatterns.Compat` (or `bash tests/MongoPatterns.Compat/install.sh`)";
    private static readonly TimeSpan SuiteTimeout = TimeSpan.FromMinutes(3);

    [SkippableFact]
    public async Task NodeDriver_AgainstServer_AllChecksPass()
    {
        var node = RequireNodePackage("mongodb");
        await RunSuiteAsync("driver", node, ["node/driver.mjs"]);
    }

    [SkippableFact]
    public async Task Mongoose_AgainstServer_AllChecksPass()
    {
        var node = RequireNodePackage("mongoose");
        await RunSuiteAsync("mongoose", node, ["node/mongoose.mjs"]);
    }

    [SkippableFact]
    public async Task Mongosh_AgainstServer_AllChecksPass()
    {
        RequireNodePackage("mongosh");
        var mongosh = CompatLayout.InSuite("node_modules", ".bin", "mongosh");
        Skip.IfNot(File.Exists(mongosh), $"mongosh is not installed ({mongosh} is missing): {NpmHint}");
        var uri = await server.GetServerUriAsync();
        await RunSuiteAsync("mongosh", mongosh, [uri, "--quiet", "--file", "mongosh/suite.js"], uri);
    }

    [SkippableFact]
    public async Task Pymongo_AgainstServer_AllChecksPass()
    {
        Skip.IfNot(File.Exists(CompatLayout.SystemPython), $"{CompatLayout.SystemPython} is missing: apt-get install python3 python3-pymongo");
        var probe = await ScriptRunner.RunAsync(
            CompatLayout.SystemPython, ["-c", "import pymongo"], CompatLayout.SuiteDirectory, new Dictionary<string, string>(), TimeSpan.FromSeconds(30));
        Skip.IfNot(probe.ExitCode == 0, $"pymongo is not installed for {CompatLayout.SystemPython}: apt-get install python3-pymongo");
        await RunSuiteAsync("pymongo", CompatLayout.SystemPython, ["python/pymongo_suite.py"]);
    }

    /// <summary>Skips unless node and the package's node_modules folder are there; returns the node executable.</summary>
    private static string RequireNodePackage(string package)
    {
        var node = CompatLayout.FindOnPath("node");
        Skip.If(node is null, "Node.js is not installed (node is not on PATH): apt-get install nodejs npm, then " + NpmHint);
        Skip.IfNot(
            File.Exists(CompatLayout.InSuite("node_modules", package, "package.json")),
            $"the npm package '{package}' is not installed: {NpmHint}");
        return node!;
    }

    private async Task RunSuiteAsync(string client, string fileName, string[] arguments, string? knownUri = null)
    {
        var uri = knownUri ?? await server.GetServerUriAsync();
        var environment = new Dictionary<string, string>
        {
            ["MONGODB_URI"] = uri,
            ["MONGOSH_FORCE_DISABLE_TELEMETRY_FOR_TESTING"] = "1",
            ["PYTHONDONTWRITEBYTECODE"] = "1",
            ["NO_COLOR"] = "1",
        };

        var result = await ScriptRunner.RunAsync(fileName, arguments, CompatLayout.SuiteDirectory, environment, SuiteTimeout);
        output.WriteLine($"$ MONGODB_URI={uri} {fileName} {string.Join(' ', arguments)}");
        output.WriteLine(result.Output);

        Assert.False(result.TimedOut, $"the {client} suite did not finish within {SuiteTimeout.TotalMinutes:0} minutes. Output:\n{result.Output}");
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
