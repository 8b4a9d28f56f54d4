using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using MongoPatterns.Benchmarks.Infrastructure;

namespace MongoPatterns.Benchmarks.Bson;

/// <summary>
/// Adds the payload columns to the BSON benchmarks: the BSON size of the benchmark document, the throughput in MB/s
/// (BSON bytes / mean time, for every library, so rows of one document compare directly) and the allocated bytes per
/// BSON byte.
/// </summary>
public sealed class BsonBenchmarkConfig : ManualConfig
{
    /// <summary>The name of the parameter that names the benchmark document.</summary>
    public const string DocumentParameter = "Document";

    /// <summary>Creates the configuration.</summary>
    public BsonBenchmarkConfig()
    {
        AddColumn(
            new PayloadColumn(PayloadColumnKind.Size, "BSON", BsonSize),
            new PayloadColumn(PayloadColumnKind.Throughput, "BSON", BsonSize),
            new PayloadColumn(PayloadColumnKind.AllocationRatio, "BSON", BsonSize));
    }

    private static long? BsonSize(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters[DocumentParameter] is string name ? BsonBenchmarkDocument.Get(name).Bson.Length : null;
}
