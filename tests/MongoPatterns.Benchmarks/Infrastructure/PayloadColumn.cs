using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace MongoPatterns.Benchmarks.Infrastructure;

/// <summary>
/// A summary column computed from the payload size of each benchmark case: the size itself, the throughput
/// (payload bytes / mean time, in MB/s with 1 MB = 10^6 bytes) or the allocation per payload byte.
/// </summary>
internal sealed class PayloadColumn : IColumn
{
    private readonly PayloadSize _payloadSize;
    private readonly PayloadColumnKind _kind;

    /// <summary>Creates a column.</summary>
    /// <param name="kind">What the column shows.</param>
    /// <param name="payloadName">What the payload is, e.g. "BSON"; used in the column name and legend.</param>
    /// <param name="payloadSize">The payload size of a benchmark case.</param>
    public PayloadColumn(PayloadColumnKind kind, string payloadName, PayloadSize payloadSize)
    {
        _kind = kind;
        _payloadSize = payloadSize;
        (ColumnName, Legend) = kind switch
        {
            PayloadColumnKind.Size => ($"{payloadName} bytes", $"Encoded size of the {payloadName} payload one operation processes"),
            PayloadColumnKind.Throughput => ("MB/s", $"{payloadName} payload bytes per second (10^6 bytes), from the mean time"),
            _ => ($"Alloc/{payloadName}", $"Allocated bytes per operation divided by the {payloadName} payload size"),
        };
    }

    /// <inheritdoc/>
    public string Id => nameof(PayloadColumn) + "." + ColumnName;

    /// <inheritdoc/>
    public string ColumnName { get; }

    /// <inheritdoc/>
    public string Legend { get; }

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => _kind == PayloadColumnKind.Size ? ColumnCategory.Params : ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => (int)_kind;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var size = _payloadSize(benchmarkCase);
        if (size is not > 0)
        {
            return "-";
        }

        var report = summary[benchmarkCase];
        switch (_kind)
        {
            case PayloadColumnKind.Size:
                return size.Value.ToString(CultureInfo.InvariantCulture);
            case PayloadColumnKind.Throughput:
                var meanNanoseconds = report?.ResultStatistics?.Mean;
                return meanNanoseconds is > 0
                    ? (size.Value / meanNanoseconds.Value * 1000).ToString("F1", CultureInfo.InvariantCulture)
                    : "-";
            default:
                var allocated = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
                return allocated is null
                    ? "-"
                    : ((double)allocated.Value / size.Value).ToString("F2", CultureInfo.InvariantCulture);
        }
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
