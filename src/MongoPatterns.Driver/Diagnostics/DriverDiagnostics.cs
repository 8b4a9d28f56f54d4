using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace MongoPatterns.Driver.Diagnostics;

/// <summary>
/// The driver's <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>MongoPatterns.Driver</c>, and the
/// instruments: pool connection counts, check-out wait times, connection creation times, created and closed
/// connections, and command durations (OpenTelemetry database semantic conventions).
/// </summary>
internal static class DriverDiagnostics
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string SourceName = "MongoPatterns.Driver";

    /// <summary>The driver name sent in the handshake.</summary>
    public const string DriverName = "MongoPatterns.Driver";

    /// <summary>Gets the driver version (informational version without build metadata).</summary>
    public static string DriverVersion { get; } = ReadVersion();

    /// <summary>Gets the activity source of operations and commands.</summary>
    public static ActivitySource ActivitySource { get; } = new(SourceName, DriverVersion);

    /// <summary>Gets the meter.</summary>
    public static Meter Meter { get; } = new(SourceName, DriverVersion);

    /// <summary>Gets the number of connections per pool and state (<c>idle</c> or <c>used</c>).</summary>
    public static UpDownCounter<long> ConnectionCount { get; } =
        Meter.CreateUpDownCounter<long>("db.client.connection.count", "{connection}", "The number of connections in the pool, by state (idle or used).");

    /// <summary>Gets the number of check-outs waiting for a connection.</summary>
    public static UpDownCounter<long> PendingRequests { get; } =
        Meter.CreateUpDownCounter<long>("db.client.connection.pending_requests", "{request}", "The number of check-outs waiting for a connection.");

    /// <summary>Gets the time check-outs took.</summary>
    public static Histogram<double> WaitTime { get; } =
        Meter.CreateHistogram<double>("db.client.connection.wait_time", "s", "The time it took to check a connection out of the pool.");

    /// <summary>Gets the time establishing connections took.</summary>
    public static Histogram<double> CreateTime { get; } =
        Meter.CreateHistogram<double>("db.client.connection.create_time", "s", "The time it took to open, handshake and authenticate a connection.");

    /// <summary>Gets the number of connections created.</summary>
    public static Counter<long> ConnectionsCreated { get; } =
        Meter.CreateCounter<long>("mongopatterns.driver.connections.created", "{connection}", "The number of connections created.");

    /// <summary>Gets the number of connections closed, by reason.</summary>
    public static Counter<long> ConnectionsClosed { get; } =
        Meter.CreateCounter<long>("mongopatterns.driver.connections.closed", "{connection}", "The number of connections closed, by reason.");

    /// <summary>Gets the duration of commands.</summary>
    public static Histogram<double> CommandDuration { get; } =
        Meter.CreateHistogram<double>("db.client.operation.duration", "s", "The duration of MongoDB commands, from sending to reading the reply.");

    private static string ReadVersion()
    {
        var assembly = typeof(DriverDiagnostics).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
