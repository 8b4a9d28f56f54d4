using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MongoPatterns.Diagnostics;

/// <summary>
/// The names MongoPatterns publishes telemetry under: subscribe to the <see cref="ActivitySourceName"/> activity source
/// (one activity per repository operation, tagged with entity, collection, database and operation) and the
/// <see cref="MeterName"/> meter (<c>mongopatterns.operation.duration</c> in seconds, <c>mongopatterns.documents.read</c>,
/// <c>mongopatterns.documents.written</c>).
/// </summary>
public static class MongoPatternsTelemetry
{
    /// <summary>The name of the activity source and the meter: <c>MongoPatterns</c>.</summary>
    public const string ActivitySourceName = "MongoPatterns";

    /// <summary>The name of the meter: <c>MongoPatterns</c>.</summary>
    public const string MeterName = "MongoPatterns";

    internal static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    internal static readonly Meter Meter = new(MeterName);

    internal static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>("mongopatterns.operation.duration", "s", "Duration of repository operations.");

    internal static readonly Counter<long> DocumentsRead = Meter.CreateCounter<long>("mongopatterns.documents.read", "{document}", "Documents returned by repository reads.");

    internal static readonly Counter<long> DocumentsWritten = Meter.CreateCounter<long>("mongopatterns.documents.written", "{document}", "Documents inserted, replaced, updated or deleted by repositories.");
}
