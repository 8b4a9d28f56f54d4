using BenchmarkDotNet.Running;

namespace MongoPatterns.Benchmarks.Infrastructure;

/// <summary>
/// Says how many payload bytes one operation of a benchmark case processes (e.g. the encoded size of the document it
/// decodes), or null when the case has no payload; the payload columns divide by it.
/// </summary>
/// <param name="benchmarkCase">The benchmark case (its parameters usually name the payload).</param>
/// <returns>The payload size in bytes, or null.</returns>
internal delegate long? PayloadSize(BenchmarkCase benchmarkCase);
