using MongoPatterns.Migrations;
using Spectre.Console;

namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>
/// Feeds a Spectre.Console progress bar from a migration sweep. Reports are applied as they arrive (on the sweep's
/// thread), unlike <see cref="Progress{T}"/>, which posts them to the thread pool and can deliver them out of order.
/// </summary>
internal sealed class MigrationProgressBar(ProgressTask bar) : IProgress<MigrationProgress>
{
    public void Report(MigrationProgress value)
    {
        bar.MaxValue = Math.Max(1, value.TotalOutdated);
        bar.Value = value.Migrated + value.Skipped;
        bar.Description = $"contacts: {value.Migrated} migrated, {value.DocumentsPerSecond:F0}/s";
    }
}
