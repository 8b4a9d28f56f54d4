using System.Globalization;

namespace MongoPatterns.Benchmarks.Runner;

/// <summary>A latency goal a task's per-iteration times are checked against, e.g. p99 of startup-to-first-hello at most 50 ms.</summary>
/// <param name="Percentile">The percentile that must stay within the limit (one of <see cref="TaskMeasurement.RecordedPercentiles"/>).</param>
/// <param name="Limit">The limit.</param>
internal sealed record LatencyTarget(int Percentile, TimeSpan Limit)
{
    /// <summary>Gets the target as text, e.g. <c>p99 &lt;= 50 ms</c>.</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture, $"p{Percentile} <= {Limit.TotalMilliseconds:0.###} ms");

    /// <summary>Returns whether a measurement meets the target.</summary>
    /// <param name="measurement">The measurement.</param>
    /// <returns>True when the percentile is within the limit.</returns>
    public bool IsMet(TaskMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        return measurement.Percentiles[Percentile] <= Limit.TotalSeconds;
    }

    /// <summary>Describes a measurement against the target: p50/p90/p99, the sample count and the verdict.</summary>
    /// <param name="measurement">The measurement.</param>
    /// <returns>One line of text.</returns>
    public string Describe(TaskMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        var p = measurement.Percentiles;
        var first = measurement.FirstWarmupSeconds is { } seconds
            ? string.Create(CultureInfo.InvariantCulture, $" (first run in the process, with JIT, not counted: {seconds * 1000:F2} ms)")
            : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"p50 {p[50] * 1000:F2} ms, p90 {p[90] * 1000:F2} ms, p99 {p[99] * 1000:F2} ms, max {measurement.MaximumSeconds * 1000:F2} ms over {measurement.Iterations} samples{first}; target {Text}: {(IsMet(measurement) ? "met" : "MISSED")}");
    }
}
