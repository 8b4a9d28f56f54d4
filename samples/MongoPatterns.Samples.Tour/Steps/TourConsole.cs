using System.Diagnostics;
using Spectre.Console;

namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>How the Tour prints: a rule per heading and one line per figure.</summary>
internal static class TourConsole
{
    public static void Heading(int number, string title)
    {
        AnsiConsole.WriteLine();
        AnsiConsole.Write(new Rule($"[yellow]{number}. {Markup.Escape(title)}[/]").LeftJustified());
    }

    public static void Figure(string label, object? value) =>
        AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(label)}:[/] {Markup.Escape(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null")}");

    public static void Timing(string label, TimeSpan elapsed) => Figure(label, $"{elapsed.TotalMilliseconds:F1} ms");

    /// <summary>Runs an operation and returns its result with the time it took.</summary>
    public static async Task<(T Result, TimeSpan Elapsed)> MeasureAsync<T>(Func<Task<T>> operation)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await operation();
        return (result, Stopwatch.GetElapsedTime(started));
    }
}
