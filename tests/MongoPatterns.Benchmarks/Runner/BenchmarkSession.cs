using MongoPatterns.Benchmarks.Odm;
using MongoPatterns.Driver;

namespace MongoPatterns.Benchmarks.Runner;

/// <summary>What every task factory gets: the client and repositories connected to the benchmark server, the policy and the runner.</summary>
/// <param name="Client">The client connected to the server under test.</param>
/// <param name="Policy">The iteration policy (also scales operation counts).</param>
/// <param name="Runner">The runner (task factories record skipped tasks on it).</param>
/// <param name="Repositories">The <c>Repository&lt;T&gt;</c> instances of the ODM models, on the same server.</param>
internal sealed record BenchmarkSession(IMongoClient Client, IterationPolicy Policy, SpecRunner Runner, RepositoryHost Repositories)
{
    /// <summary>The database every task uses, as the specifications name it.</summary>
    public const string DatabaseName = "perftest";

    /// <summary>The collection the driver tasks use, as the specifications name it.</summary>
    public const string CorpusCollection = "corpus";

    /// <summary>Gets the <c>perftest</c> database.</summary>
    public IMongoDatabase Database => Client.GetDatabase(DatabaseName);
}
