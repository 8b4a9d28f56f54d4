using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MongoPatterns.Benchmarks.Runner;

/// <summary>Writes a run's measurements as a markdown table and as JSON (the format the compare merge script reads).</summary>
internal static class ResultReport
{
    /// <summary>Builds the markdown report: a header with the run's context, one row per measurement, then skips.</summary>
    /// <param name="title">The report title.</param>
    /// <param name="context">The run's context lines (command, mode, server, load).</param>
    /// <param name="runner">The runner holding the measurements.</param>
    /// <returns>The markdown text.</returns>
    public static string ToMarkdown(string title, IReadOnlyList<string> context, SpecRunner runner)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(runner);
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.Append(culture, $"## {title}\n\n");
        foreach (var line in context)
        {
            text.Append(culture, $"- {line}\n");
        }

        text.Append("\n| Task | Client | Ops/iteration | Dataset MB | Iterations | Median ms | MB/s | p10 ms | p90 ms | p99 ms | ops/s | alloc B/op |\n");
        text.Append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var m in runner.Measurements)
        {
            text.Append(culture, $"| {m.Task.FullName} | {m.Task.Client} | {m.Task.Operations} | {m.Task.DatasetBytes / 1e6:F3} | {m.Iterations} ");
            text.Append(culture, $"| {m.MedianSeconds * 1000:F2} | {m.MegabytesPerSecond:F2} | {m.Percentiles[10] * 1000:F2} | {m.Percentiles[90] * 1000:F2} | {m.Percentiles[99] * 1000:F2} ");
            var opsPerSecond = m.MedianSeconds > 0 ? m.Task.Operations / m.MedianSeconds : 0;
            text.Append(culture, $"| {opsPerSecond:F0} | {(m.AllocatedBytesPerOperation is { } bytes ? bytes.ToString("F0", culture) : "-")} |\n");
        }

        var targeted = runner.Measurements.Where(m => m.Task.Target is not null).ToList();
        if (targeted.Count > 0)
        {
            text.Append("\nLatency targets (one sample per iteration):\n\n");
            foreach (var m in targeted)
            {
                text.Append(culture, $"- {m.Task.FullName} [{m.Task.Client}]: {m.Task.Target!.Describe(m)}\n");
            }
        }

        if (runner.Skipped.Count > 0)
        {
            text.Append("\nNot measured:\n\n");
            foreach (var skipped in runner.Skipped)
            {
                text.Append(culture, $"- {skipped.FullName} [{skipped.Client}]: {skipped.Reason}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Writes the JSON report.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="properties">Top-level context properties (command, mode, server, load average, ...).</param>
    /// <param name="runner">The runner holding the measurements.</param>
    public static void WriteJson(string path, IReadOnlyDictionary<string, string> properties, SpecRunner runner)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(runner);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        foreach (var (name, value) in properties)
        {
            writer.WriteString(name, value);
        }

        writer.WriteStartArray("results");
        foreach (var m in runner.Measurements)
        {
            writer.WriteStartObject();
            writer.WriteString("client", m.Task.Client);
            writer.WriteString("group", m.Task.Group);
            writer.WriteString("task", m.Task.Name);
            writer.WriteNumber("operations", m.Task.Operations);
            writer.WriteNumber("datasetBytes", m.Task.DatasetBytes);
            writer.WriteNumber("iterations", m.Iterations);
            writer.WriteNumber("medianSeconds", m.MedianSeconds);
            writer.WriteNumber("mbPerSecond", Math.Round(m.MegabytesPerSecond, 4));
            if (m.AllocatedBytesPerOperation is { } allocatedPerOperation)
            {
                writer.WriteNumber("allocatedBytesPerOperation", Math.Round(allocatedPerOperation, 1));
            }

            writer.WriteNumber("maximumSeconds", m.MaximumSeconds);
            if (m.FirstWarmupSeconds is { } firstWarmup)
            {
                writer.WriteNumber("firstWarmupSeconds", firstWarmup);
            }

            if (m.Task.Target is { } target)
            {
                writer.WriteStartObject("target");
                writer.WriteString("text", target.Text);
                writer.WriteNumber("percentile", target.Percentile);
                writer.WriteNumber("limitSeconds", target.Limit.TotalSeconds);
                writer.WriteBoolean("met", target.IsMet(m));
                writer.WriteEndObject();
            }

            writer.WriteStartObject("percentileSeconds");
            foreach (var (percentile, seconds) in m.Percentiles)
            {
                writer.WriteNumber(percentile.ToString(CultureInfo.InvariantCulture), seconds);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("skipped");
        foreach (var skipped in runner.Skipped)
        {
            writer.WriteStartObject();
            writer.WriteString("client", skipped.Client);
            writer.WriteString("task", skipped.FullName);
            writer.WriteString("reason", skipped.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads the 1-, 5- and 15-minute load averages (Linux), or says they are unknown.</summary>
    /// <returns>The load averages as text.</returns>
    public static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return fields.Length >= 3 ? string.Join(' ', fields[..3]) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
