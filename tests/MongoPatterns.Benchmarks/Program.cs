using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using MongoPatterns.Benchmarks.Bson;
using MongoPatterns.Benchmarks.Runner;

namespace MongoPatterns.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project tests/MongoPatterns.Benchmarks -- --filter '*Bson*'</c> runs a
/// benchmark group (any BenchmarkDotNet option works, e.g. <c>--job short</c>, <c>--list flat</c>); <c>--verify</c>
/// runs every benchmark once and checks its result instead of measuring. The spec-style runners come first:
/// <c>-- odm [--quick]</c>, <c>-- driver [--quick]</c> and <c>-- compare [--quick] [--uri ...] [--json ...]</c>
/// (see <see cref="SpecCommandLine.Usage"/>). See README.md.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (SpecCommandLine.IsSpecCommand(args))
        {
            return SpecCommand.RunAsync(args, Console.Out, Console.Error).GetAwaiter().GetResult();
        }

        if (args.Length == 1 && args[0] == "--verify")
        {
            return BsonBenchmarkVerifier.Run(Console.Out) == 0 ? 0 : 1;
        }

        // BenchmarkDotNet builds a boilerplate project that references the whole solution graph; on a busy 2-core machine
        // that takes longer than its default two-minute build timeout.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(20));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
