namespace MongoPatterns.Benchmarks.Runner;

/// <summary>
/// The command line of the spec-style runners: <c>odm|driver|compare|migrations [--quick] [--uri mongodb://...] [--json path]
/// [--filter text]</c>. Without <c>--uri</c> (or <c>MONGODB_URI</c>) a mongopatterns-server process is started.
/// </summary>
internal sealed class SpecCommandLine
{
    /// <summary>The environment variable naming the server to benchmark against.</summary>
    public const string UriVariable = "MONGODB_URI";

    /// <summary>The subcommands handled by the spec-style runners.</summary>
    public static readonly string[] Commands = ["odm", "driver", "compare", "migrations"];

    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/MongoPatterns.Benchmarks -- <odm|driver|compare|migrations> [options]

          odm         the ODM benchmark (flat and nested models) through Repository<T> and through the raw driver
          driver      the driver benchmark's BSON, single-document and multi-document tasks (and the embedded
                      server's startup-to-first-hello distribution)
          compare     the comparison tasks (ODM small-model flat tasks, find-one-by-_id, insert-one small doc)
          migrations  the migration sweep over 100,000 small documents (batch sizes 500, 1,000, 5,000; the
                      three-version chain at 1,000); needs no benchmark data

        Options:
          --quick           warm-up (1+ iterations, 2+ s), 5 iterations (at most 10 s) of a tenth of the operations
          --uri <uri>       benchmark against this server (default: $MONGODB_URI, else start mongopatterns-server)
          --json <path>     where the JSON results go (default BenchmarkDotNet.Artifacts/spec/<command>-<mode>.json;
                            a markdown table is written next to it and printed)
          --filter <text>   run only the tasks whose group/name contains the text (repeatable)
        """;

    /// <summary>Gets the subcommand.</summary>
    public required string Command { get; init; }

    /// <summary>Gets the iteration policy.</summary>
    public required IterationPolicy Policy { get; init; }

    /// <summary>Gets the server to use, or null to start one.</summary>
    public string? Uri { get; init; }

    /// <summary>Gets the JSON output path.</summary>
    public required string JsonPath { get; init; }

    /// <summary>Gets the task filters (empty: every task).</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];

    /// <summary>Says whether the arguments start with a spec-style subcommand.</summary>
    /// <param name="args">The process arguments.</param>
    /// <returns>True for <c>odm</c>, <c>driver</c> and <c>compare</c>.</returns>
    public static bool IsSpecCommand(IReadOnlyList<string> args) =>
        args.Count > 0 && Commands.Contains(args[0], StringComparer.Ordinal);

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The process arguments, starting with the subcommand.</param>
    /// <returns>The command line.</returns>
    /// <exception cref="FormatException">An option is unknown or lacks its value.</exception>
    public static SpecCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var quick = false;
        string? uri = Environment.GetEnvironmentVariable(UriVariable);
        string? json = null;
        var filters = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--uri":
                    uri = Value();
                    break;
                case "--json":
                    json = Value();
                    break;
                case "--filter":
                    filters.Add(Value());
                    break;
                default:
                    throw new FormatException($"Unknown option '{args[i]}'.");
            }
        }

        var policy = quick ? IterationPolicy.Quick : IterationPolicy.Full;
        return new SpecCommandLine
        {
            Command = args[0],
            Policy = policy,
            Uri = string.IsNullOrWhiteSpace(uri) ? null : uri,
            JsonPath = Path.GetFullPath(json ?? Path.Combine("BenchmarkDotNet.Artifacts", "spec", $"{args[0]}-{policy.Name}.json")),
            Filters = filters,
        };
    }

    /// <summary>Says whether a task passes the filters.</summary>
    /// <param name="fullName">The task's <c>group/name</c>.</param>
    /// <returns>True when there are no filters or one matches.</returns>
    public bool Includes(string fullName) =>
        Filters.Count == 0 || Filters.Any(filter => fullName.Contains(filter, StringComparison.OrdinalIgnoreCase));
}
