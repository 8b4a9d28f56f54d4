using BenchmarkDotNet.Running;

namespace MongoPatterns.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/MongoPatterns.Benchmarks -- --filter *</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
