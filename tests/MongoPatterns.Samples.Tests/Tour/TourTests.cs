using System.Diagnostics;
using System.Reflection;

namespace MongoPatterns.Samples.Tests.Tour;

/// <summary>Runs the built Tour end to end in a child process, as `dotnet run` would.</summary>
public sealed class TourTests
{
    private static readonly string[] Headings =
    [
        "1. Seed realistic data",
        "2. Repository CRUD",
        "3. Duplicate key handled",
        "4. Offset and keyset paging",
        "5. Money transfer in a transaction",
        "6. Three databases: core, analytics, logs",
        "Tour complete.",
    ];

    [Fact]
    public async Task Tour_OnTheEmbeddedServer_ExitsZeroAndPrintsEverySection()
    {
        var tour = typeof(TourTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TourAssemblyPath").Value!;
        Assert.True(File.Exists(tour), $"The Tour was not built at {tour}.");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { tour },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(tour)!,
        };

        // Force the embedded server and plain output, whatever the developer's environment says.
        start.Environment.Remove("MONGODB_URI");
        start.Environment.Remove("MongoPatterns__ConnectionString");
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = await output;
        Assert.True(process.ExitCode == 0, $"Exit code {process.ExitCode}.\n{text}\n{await errors}");
        Assert.All(Headings, heading => Assert.Contains(heading, text, StringComparison.Ordinal));
        Assert.Contains("Duplicated property: Email", text, StringComparison.Ordinal);
        Assert.Contains("Keyset walk: 360 tasks in 18 pages of 20", text, StringComparison.Ordinal);
        Assert.Contains("Balances (Alice / Bob / total): 700.00 / 550.00 / 1250.00", text, StringComparison.Ordinal);
    }
}
