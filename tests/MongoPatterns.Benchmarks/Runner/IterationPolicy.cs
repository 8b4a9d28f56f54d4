namespace MongoPatterns.Benchmarks.Runner;

/// <summary>
/// How many times a task's "do task" phase runs. The full policy is the specifications' rule: iterate for at least one
/// minute of cumulative execution time, and stop after 100 iterations or five minutes, whichever comes first once the
/// minute is reached; discarded warm-up iterations first (the specifications allow warm-up for JIT languages): at least
/// one and at least five seconds, so that tiered JIT compilation has settled before the first measured iteration even
/// on a busy machine (otherwise whichever client runs first on a cold process pays for it).
/// </summary>
/// <param name="WarmupIterations">The minimum number of iterations run first and discarded.</param>
/// <param name="WarmupTime">The minimum cumulative time of the warm-up iterations.</param>
/// <param name="TargetIterations">Iterations after which the run may stop (once <paramref name="MinimumTime"/> is reached).</param>
/// <param name="MinimumTime">Cumulative measured time the run must reach.</param>
/// <param name="MaximumTime">Cumulative measured time after which the run stops regardless.</param>
/// <param name="OperationDivisor">Divides the specification's operation count of tasks that do 1,000 operations or more
/// (1 in the full policy); the dataset size is scaled the same way, so MB/s stays comparable.</param>
internal sealed record IterationPolicy(
    int WarmupIterations,
    TimeSpan WarmupTime,
    int TargetIterations,
    TimeSpan MinimumTime,
    TimeSpan MaximumTime,
    int OperationDivisor)
{
    /// <summary>Gets the specifications' policy: warm-up (1+ iterations, 5+ s), then at least 1 minute, at most 100 iterations or 5 minutes.</summary>
    public static IterationPolicy Full { get; } = new(1, TimeSpan.FromSeconds(5), 100, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), 1);

    /// <summary>
    /// Gets the smoke-check policy of <c>--quick</c>: warm-up (1+ iterations, 2+ s), 5 iterations (at most 10 s) of a
    /// tenth of the operations. Good for checking that everything runs and for rough comparisons, not for published numbers.
    /// </summary>
    public static IterationPolicy Quick { get; } = new(1, TimeSpan.FromSeconds(2), 5, TimeSpan.Zero, TimeSpan.FromSeconds(10), 10);

    /// <summary>
    /// A policy for latency distributions: a few warm-up iterations, then exactly <paramref name="samples"/> iterations
    /// (one sample each), stopping early once the timed phases add up to <paramref name="maximumTime"/>.
    /// </summary>
    /// <param name="samples">The number of samples.</param>
    /// <param name="warmups">The warm-up iterations (not recorded).</param>
    /// <param name="maximumTime">The bound on the timed phases.</param>
    /// <returns>The policy.</returns>
    public static IterationPolicy Samples(int samples, int warmups, TimeSpan maximumTime) =>
        new(warmups, TimeSpan.Zero, samples, TimeSpan.Zero, maximumTime, 1);

    /// <summary>Gets the policy's name as reported in results (<c>full</c> or <c>quick</c>).</summary>
    public string Name => OperationDivisor == 1 ? "full" : "quick";

    /// <summary>Scales a specification operation count by <see cref="OperationDivisor"/> (counts under 1,000 stay).</summary>
    /// <param name="specificationCount">The operation count the specification defines.</param>
    /// <returns>The operation count to run.</returns>
    public int Operations(int specificationCount) =>
        specificationCount >= 1000 ? Math.Max(1, specificationCount / OperationDivisor) : specificationCount;

    /// <summary>Says whether another warm-up iteration runs.</summary>
    /// <param name="completedIterations">Warm-up iterations so far.</param>
    /// <param name="elapsed">Their cumulative time.</param>
    /// <returns>True to run another warm-up iteration.</returns>
    public bool ShouldWarmUp(int completedIterations, TimeSpan elapsed) =>
        completedIterations < WarmupIterations || elapsed < WarmupTime;

    /// <summary>Says whether another measured iteration runs.</summary>
    /// <param name="completedIterations">Measured iterations so far.</param>
    /// <param name="elapsed">Their cumulative time.</param>
    /// <returns>True to run another iteration.</returns>
    public bool ShouldContinue(int completedIterations, TimeSpan elapsed) =>
        completedIterations == 0
        || (elapsed < MaximumTime && (elapsed < MinimumTime || completedIterations < TargetIterations));
}
