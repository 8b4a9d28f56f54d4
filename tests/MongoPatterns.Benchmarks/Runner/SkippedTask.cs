namespace MongoPatterns.Benchmarks.Runner;

/// <summary>A task that was not measured, and why.</summary>
/// <param name="FullName">The task's <c>group/name</c>.</param>
/// <param name="Client">Who would have run it.</param>
/// <param name="Reason">Why it did not run (missing data, unsupported feature, failure).</param>
internal sealed record SkippedTask(string FullName, string Client, string Reason);
