using System.Diagnostics;
using System.Globalization;

namespace MongoPatterns.Benchmarks.Runner;

/// <summary>Runs spec-style tasks phase by phase under an <see cref="IterationPolicy"/> and collects the measurements.</summary>
internal sealed class SpecRunner
{
    private readonly IterationPolicy _policy;
    private readonly TextWriter _progress;

    /// <summary>Creates a runner.</summary>
    /// <param name="policy">How many iterations to run.</param>
    /// <param name="progress">Where one progress line per task goes.</param>
    public SpecRunner(IterationPolicy policy, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(progress);
        _policy = policy;
        _progress = progress;
    }

    /// <summary>Gets the measurements so far.</summary>
    public List<TaskMeasurement> Measurements { get; } = [];

    /// <summary>Gets the tasks that did not run, with the reason.</summary>
    public List<SkippedTask> Skipped { get; } = [];

    /// <summary>Records a task that cannot run here.</summary>
    /// <param name="fullName">The task's <c>group/name</c>.</param>
    /// <param name="client">Who would have run it.</param>
    /// <param name="reason">Why it cannot run.</param>
    public void Skip(string fullName, string client, string reason)
    {
        Skipped.Add(new SkippedTask(fullName, client, reason));
        _progress.WriteLine($"  skipped {fullName} [{client}]: {reason}");
    }

    /// <summary>Runs one task: setup, warm-up, measured iterations, teardown. A failure is recorded as a skip.</summary>
    /// <param name="task">The task.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The measurement, or null when the task failed.</returns>
    public async Task<TaskMeasurement?> RunAsync(SpecTask task, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        try
        {
            await task.Setup(cancellationToken).ConfigureAwait(false);
            try
            {
                var policy = task.Policy ?? _policy;
                var warmups = 0;
                var warmupTime = TimeSpan.Zero;
                double? firstWarmupSeconds = null;
                while (policy.ShouldWarmUp(warmups, warmupTime))
                {
                    var seconds = (await RunIterationAsync(task, cancellationToken).ConfigureAwait(false)).Seconds;
                    firstWarmupSeconds ??= seconds;
                    warmupTime += TimeSpan.FromSeconds(seconds);
                    warmups++;
                }

                var times = new List<double>();
                var elapsed = TimeSpan.Zero;
                var allocated = new List<long>();
                while (policy.ShouldContinue(times.Count, elapsed))
                {
                    var (seconds, bytes) = await RunIterationAsync(task, cancellationToken).ConfigureAwait(false);
                    times.Add(seconds);
                    allocated.Add(bytes);
                    elapsed += TimeSpan.FromSeconds(seconds);
                }

                var measurement = new TaskMeasurement(task, times, allocated) { FirstWarmupSeconds = firstWarmupSeconds };
                Measurements.Add(measurement);
                _progress.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {task.FullName,-40} {task.Client,-12} {measurement.MegabytesPerSecond,10:F2} MB/s  median {measurement.MedianSeconds * 1000,9:F1} ms  ({measurement.Iterations} iterations)"));
                if (task.Target is { } target)
                {
                    _progress.WriteLine($"  {task.FullName,-40} {task.Client,-12} {target.Describe(measurement)}");
                }

                return measurement;
            }
            finally
            {
                await task.Teardown(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Skip(task.FullName, task.Client, "failed: " + exception.GetType().Name + ": " + exception.Message);
            return null;
        }
    }

    /// <summary>Runs one iteration: its wall-clock time and the bytes this process allocated during the timed phase.</summary>
    private static async Task<(double Seconds, long AllocatedBytes)> RunIterationAsync(SpecTask task, CancellationToken cancellationToken)
    {
        await task.BeforeIteration(cancellationToken).ConfigureAwait(false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        await task.Run(cancellationToken).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        await task.AfterIteration(cancellationToken).ConfigureAwait(false);
        return (seconds, allocated);
    }
}
