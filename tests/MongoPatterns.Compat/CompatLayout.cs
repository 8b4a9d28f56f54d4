namespace MongoPatterns.Compat;

/// <summary>Where the repository, the client suites and the server assembly are.</summary>
internal static class CompatLayout
{
    /// <summary>The repository root (the folder holding MongoPatterns.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The source folder of this project, which holds package.json, node/, mongosh/ and python/.</summary>
    public static string SuiteDirectory { get; } = Path.Combine(RepositoryRoot, "tests", "MongoPatterns.Compat");

    /// <summary>The server assembly the project reference copies next to the test assembly.</summary>
    public static string ServerAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "MongoPatterns.Server.dll");

    /// <summary>The interpreter the pymongo suite must use: Debian's python3, which sees python3-pymongo.</summary>
    public const string SystemPython = "/usr/bin/python3";

    /// <summary>The path of a file inside the suite folder.</summary>
    public static string InSuite(params string[] parts) => Path.Combine([SuiteDirectory, .. parts]);

    /// <summary>The full path of an executable found on PATH, or null.</summary>
    public static string? FindOnPath(string executable)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, executable);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The dotnet host to start the server with: the one running the tests when known.</summary>
    public static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return "dotnet";
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MongoPatterns.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find MongoPatterns.sln above " + AppContext.BaseDirectory);
    }
}
