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
        await SuiteRun.RequirePymongoAsync();
        await RunSuiteAsync("pymongo", CompatLayout.SystemPython, ["python/pymongo_suite.py"]);
    }

    /// <summary>Skips unless node and the package's node_modules folder are there; returns the node executable.</summary>
    private static string RequireNodePackage(string package) => SuiteRun.RequireNodePackage(package, NpmHint);

    private async Task RunSuiteAsync(string client, string fileName, string[] arguments, string? knownUri = null)
    {
        var uri = knownUri ?? await server.GetServerUriAsync();
        await SuiteRun.RunAndAssertAsync(output, client, fileName, arguments, uri, SuiteTimeout);
    }
}
