using MongoPatterns.Benchmarks.Comparison;
using MongoPatterns.Benchmarks.Driver;
using MongoPatterns.Benchmarks.Infrastructure;
using MongoPatterns.Benchmarks.Migrations;
using MongoPatterns.Benchmarks.Odm;
using MongoPatterns.Driver;

namespace MongoPatterns.Benchmarks.Runner;

/// <summary>
/// Runs a spec-style subcommand (<c>odm</c>, <c>driver</c>, <c>compare</c>): connects to the server named by
/// <c>--uri</c>/<c>MONGODB_URI</c> or starts mongopatterns-server as a separate process, runs the tasks, prints a
/// markdown table and writes it with a JSON file.
/// </summary>
internal static class SpecCommand
{
    /// <summary>Runs the subcommand.</summary>
    /// <param name="args">The process arguments, starting with the subcommand.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="progress">Where progress lines go.</param>
    /// <returns>The exit code: 0 (also when the data is missing and everything is skipped), 1 on failures, 2 on usage errors.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(progress);
        SpecCommandLine commandLine;
        try
        {
            commandLine = SpecCommandLine.Parse(args);
        }
        catch (FormatException exception)
        {
            await progress.WriteLineAsync(exception.Message + Environment.NewLine + SpecCommandLine.Usage).ConfigureAwait(false);
            return 2;
        }

        if (BenchmarkDataDirectory.Root is null && commandLine.Command != "migrations")
        {
            await output.WriteLineAsync(
                $"Skipped: the benchmark data was not found. Set {BenchmarkDataDirectory.DirectoryVariable} to the benchmark-data folder, "
                + "or place it at <repository root>/../shared/benchmark-data (the repository root holds MongoPatterns.sln).").ConfigureAwait(false);
            return 0;
        }

        ServerProcess? server = null;
        try
        {
            var uri = commandLine.Uri;
            if (uri is null)
            {
                server = await ServerProcess.StartAsync().ConfigureAwait(false);
                uri = server.Uri;
                await progress.WriteLineAsync($"started mongopatterns-server (pid {server.ProcessId}) on {uri}").ConfigureAwait(false);
            }

            await using var client = new MongoClient(uri);
            var runner = new SpecRunner(commandLine.Policy, progress);
            await using var repositories = new RepositoryHost(uri);
            var session = new BenchmarkSession(client, commandLine.Policy, runner, repositories);
            await using var sweepHost = commandLine.Command == "migrations" ? new MigrationSweepHost(uri) : null;
            var loadBefore = ResultReport.LoadAverage();
            await progress.WriteLineAsync($"{commandLine.Command} ({commandLine.Policy.Name}) against {uri}; load average {loadBefore}").ConfigureAwait(false);
            foreach (var task in CreateTasks(commandLine.Command, session, sweepHost))
            {
                if (commandLine.Includes(task.FullName))
                {
                    await runner.RunAsync(task).ConfigureAwait(false);
                }
            }

            var properties = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["command"] = "dotnet run -c Release --project tests/MongoPatterns.Benchmarks -- " + string.Join(' ', args),
                ["mode"] = commandLine.Policy.Name,
                ["server"] = server is null ? uri : "mongopatterns-server (separate process, " + uri + ")",
                ["loadAverageBefore"] = loadBefore,
                ["loadAverageAfter"] = ResultReport.LoadAverage(),
                ["processorCount"] = Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
                ["finishedUtc"] = DateTime.UtcNow.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
            };
            ResultReport.WriteJson(commandLine.JsonPath, properties, runner);
            var markdown = ResultReport.ToMarkdown(
                Title(commandLine.Command),
                [.. properties.Select(pair => $"{pair.Key}: {pair.Value}")],
                runner);
            await File.WriteAllTextAsync(Path.ChangeExtension(commandLine.JsonPath, ".md"), markdown).ConfigureAwait(false);
            await output.WriteLineAsync(markdown).ConfigureAwait(false);
            await output.WriteLineAsync($"JSON: {commandLine.JsonPath}").ConfigureAwait(false);
            return runner.Skipped.Any(skipped => skipped.Reason.StartsWith("failed:", StringComparison.Ordinal)) ? 1 : 0;
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static IEnumerable<SpecTask> CreateTasks(string command, BenchmarkSession session, MigrationSweepHost? sweepHost)
    {
        switch (command)
        {
            case "migrations":
                return MigrationSweepBenchmark.CreateTasks(session, sweepHost!);
            case "driver":
                DriverBenchmark.RecordUnsupported(session);
                return DriverBenchmark.CreateTasks(session);
            case "odm":
                OdmBenchmark.RecordUnsupported(session);
                return OdmBenchmark.CreateTasks(session);
            default:
                return ComparisonBenchmark.CreateTasks(session);
        }
    }

    private static string Title(string command) => command switch
    {
        "driver" => "Driver benchmark (benchmarking.md): BSON, single-doc, multi-doc",
        "odm" => "ODM benchmark (odm-benchmarking.md): flat and nested models",
        "migrations" => "Migration sweep (issue #7): IMigrationRunner.MigrateAsync over 100,000 small documents",
        _ => "Comparison tasks (MongoPatterns side)",
    };
}
