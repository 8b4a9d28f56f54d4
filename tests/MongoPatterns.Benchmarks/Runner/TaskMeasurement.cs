namespace MongoPatterns.Benchmarks.Runner;

/// <summary>The measured iterations of one task and the statistics the specifications ask for.</summary>
internal sealed class TaskMeasurement
{
    /// <summary>The percentiles the specifications record.</summary>
    public static readonly int[] RecordedPercentiles = [10, 25, 50, 75, 90, 95, 98, 99];

    /// <summary>Creates a measurement.</summary>
    /// <param name="task">The task.</param>
    /// <param name="iterationSeconds">The wall-clock time of every measured iteration, in seconds.</param>
    /// <param name="iterationAllocatedBytes">The bytes this process allocated in every measured iteration, if recorded.</param>
    public TaskMeasurement(SpecTask task, IReadOnlyList<double> iterationSeconds, IReadOnlyList<long>? iterationAllocatedBytes = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(iterationSeconds);
        Task = task;
        var sorted = iterationSeconds.ToArray();
        Array.Sort(sorted);
        Iterations = sorted.Length;
        Percentiles = RecordedPercentiles.ToDictionary(p => p, p => NearestRank(sorted, p));
        MedianSeconds = Percentiles[50];
        MaximumSeconds = sorted.Length == 0 ? 0 : sorted[^1];
        MegabytesPerSecond = MedianSeconds > 0 ? task.DatasetBytes / 1_000_000.0 / MedianSeconds : 0;
        if (iterationAllocatedBytes is { Count: > 0 } && task.Operations > 0)
        {
            var bytes = iterationAllocatedBytes.ToArray();
            Array.Sort(bytes);
            AllocatedBytesPerOperation = (double)bytes[bytes.Length / 2] / task.Operations;
        }
    }

    /// <summary>
    /// Gets the bytes this process allocated per operation in the median iteration (client side only when the server
    /// runs as a separate process), or null when not recorded.
    /// </summary>
    public double? AllocatedBytesPerOperation { get; }

    /// <summary>Gets the task.</summary>
    public SpecTask Task { get; }

    /// <summary>Gets the number of measured iterations.</summary>
    public int Iterations { get; }

    /// <summary>Gets the iteration time at each recorded percentile, in seconds.</summary>
    public IReadOnlyDictionary<int, double> Percentiles { get; }

    /// <summary>
    /// Gets the time of the first warm-up iteration in seconds (the first run in this process, with JIT compilation),
    /// or null without warm-up. Not part of the percentiles.
    /// </summary>
    public double? FirstWarmupSeconds { get; init; }

    /// <summary>Gets the slowest iteration time, in seconds.</summary>
    public double MaximumSeconds { get; }

    /// <summary>Gets the median iteration time, in seconds.</summary>
    public double MedianSeconds { get; }

    /// <summary>Gets the score: dataset size in MB (10^6 bytes) divided by the median time.</summary>
    public double MegabytesPerSecond { get; }

    /// <summary>
    /// The specifications' nearest-rank percentile: index <c>int(N * p / 100) - 1</c> of the ascending times (clamped
    /// to the first element when few iterations make it negative).
    /// </summary>
    /// <param name="sorted">The times, ascending.</param>
    /// <param name="percentile">The percentile, 1 to 100.</param>
    /// <returns>The time at that percentile.</returns>
    internal static double NearestRank(double[] sorted, int percentile)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var index = (int)(sorted.Length * (long)percentile / 100) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
