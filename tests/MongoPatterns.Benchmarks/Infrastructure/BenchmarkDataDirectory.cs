namespace MongoPatterns.Benchmarks.Infrastructure;

/// <summary>
/// Locates the shared benchmark data: the folder named by <c>MONGOPATTERNS_BENCHMARK_DATA</c>, otherwise
/// <c>&lt;repository root&gt;/../shared/benchmark-data</c>, where the repository root is the first folder above the
/// benchmark binaries (or the current directory) that holds <c>MongoPatterns.sln</c>.
/// </summary>
internal static class BenchmarkDataDirectory
{
    /// <summary>The environment variable that points at the benchmark-data folder.</summary>
    public const string DirectoryVariable = "MONGOPATTERNS_BENCHMARK_DATA";

    private static readonly Lazy<string?> s_root = new(Locate);

    /// <summary>Gets the benchmark-data folder, or null when it cannot be found.</summary>
    public static string? Root => s_root.Value;

    /// <summary>Returns the full path of a file under the benchmark-data folder.</summary>
    /// <param name="relativePath">The path inside the folder, e.g. <c>extended_bson/flat_bson.json</c>.</param>
    /// <returns>The full path of an existing file.</returns>
    /// <exception cref="FileNotFoundException">The folder or the file is missing; the message says where it was looked for.</exception>
    public static string GetFile(string relativePath)
    {
        var root = Root ?? throw new FileNotFoundException(
            $"Benchmark data not found: set {DirectoryVariable} to the benchmark-data folder, or place it at "
            + "<repository root>/../shared/benchmark-data (the repository root holds MongoPatterns.sln).");
        var path = Path.Combine(root, relativePath);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Benchmark data file '{relativePath}' not found in '{root}'.", path);
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        return FindFromRepositoryRoot(AppContext.BaseDirectory) ?? FindFromRepositoryRoot(Environment.CurrentDirectory);
    }

    private static string? FindFromRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MongoPatterns.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "benchmark-data"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
