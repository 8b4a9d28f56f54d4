using System.Diagnostics;

namespace MongoPatterns.Diagnostics;

/// <summary>
/// Times one repository operation: an activity when someone listens, the duration histogram and document counters when
/// enabled, and a debug log when enabled. A struct so an untraced, unlogged operation allocates nothing.
/// </summary>
internal readonly struct OperationScope
{
    private readonly RepositoryTelemetry _telemetry;
    private readonly string _operation;
    private readonly long _started;
    private readonly Activity? _activity;

    public OperationScope(RepositoryTelemetry telemetry, string operation)
    {
        _telemetry = telemetry;
        _operation = operation;
        _started = Stopwatch.GetTimestamp();
        _activity = MongoPatternsTelemetry.ActivitySource.HasListeners() ? telemetry.StartActivity(operation) : null;
    }

    public void Complete(long documentsRead = 0, long documentsWritten = 0)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        _telemetry.Record(_operation, elapsed, documentsRead, documentsWritten, _activity, exception: null);
    }

    public void Fail(Exception exception)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        _telemetry.Record(_operation, elapsed, 0, 0, _activity, exception);
    }
}
