namespace MongoPatterns.Benchmarks.Runner;

/// <summary>
/// One benchmark task in the phases the specifications define: setup (once), before task, do task (timed), after task
/// (each iteration), teardown (once). Only <see cref="Run"/> is timed.
/// </summary>
internal sealed class SpecTask
{
    private static readonly Func<CancellationToken, Task> s_nothing = static _ => Task.CompletedTask;

    /// <summary>Creates a task.</summary>
    /// <param name="group">The group, e.g. <c>flat</c>, <c>nested</c>, <c>bson</c>, <c>single-doc</c>.</param>
    /// <param name="name">The task name, e.g. <c>small-model-creation</c>.</param>
    /// <param name="client">Who runs it, e.g. <c>driver</c> or <c>repository</c>.</param>
    /// <param name="operations">Operations per iteration.</param>
    /// <param name="datasetBytes">The dataset size one iteration processes (source-file size times operations).</param>
    /// <param name="run">The timed "do task" phase.</param>
    public SpecTask(string group, string name, string client, int operations, long datasetBytes, Func<CancellationToken, Task> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Group = group;
        Name = name;
        Client = client;
        Operations = operations;
        DatasetBytes = datasetBytes;
        Run = run;
    }

    /// <summary>Gets the group.</summary>
    public string Group { get; }

    /// <summary>Gets the task name.</summary>
    public string Name { get; }

    /// <summary>Gets who runs the task.</summary>
    public string Client { get; }

    /// <summary>Gets the operations per iteration.</summary>
    public int Operations { get; }

    /// <summary>Gets the dataset size of one iteration, in bytes.</summary>
    public long DatasetBytes { get; }

    /// <summary>Gets the timed "do task" phase.</summary>
    public Func<CancellationToken, Task> Run { get; }

    /// <summary>Gets the setup phase (once, before warm-up).</summary>
    public Func<CancellationToken, Task> Setup { get; init; } = s_nothing;

    /// <summary>Gets the "before task" phase (every iteration, untimed).</summary>
    public Func<CancellationToken, Task> BeforeIteration { get; init; } = s_nothing;

    /// <summary>Gets the "after task" phase (every iteration, untimed).</summary>
    public Func<CancellationToken, Task> AfterIteration { get; init; } = s_nothing;

    /// <summary>Gets the teardown phase (once, at the end).</summary>
    public Func<CancellationToken, Task> Teardown { get; init; } = s_nothing;

    /// <summary>
    /// Gets the iteration policy of this task, or null for the session's (<c>--quick</c> or full). Latency tasks take a
    /// fixed number of samples in both modes; long single-iteration tasks take a few.
    /// </summary>
    public IterationPolicy? Policy { get; init; }

    /// <summary>Gets the latency goal the per-iteration times are reported against, or null.</summary>
    public LatencyTarget? Target { get; init; }

    /// <summary>Gets the full name used in filters and reports: <c>group/name</c>.</summary>
    public string FullName => Group + "/" + Name;
}
