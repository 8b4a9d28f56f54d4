namespace MongoPatterns.Benchmarks.Infrastructure;

/// <summary>What a <see cref="PayloadColumn"/> shows.</summary>
internal enum PayloadColumnKind
{
    /// <summary>The payload size in bytes.</summary>
    Size,

    /// <summary>Payload bytes per second, in MB/s.</summary>
    Throughput,

    /// <summary>Allocated bytes per operation divided by the payload size.</summary>
    AllocationRatio,
}
