using System.Diagnostics.CodeAnalysis;

namespace MongoPatterns.SpecTests.Support;

/// <summary>
/// Finds the MongoDB specification test data. The tests read it in place and never copy it into the repository:
/// from the folder named by the <c>MONGOPATTERNS_SPEC_DIR</c> environment variable when set, otherwise from
/// <c>../shared/spec-tests</c> relative to the repository root (the folder holding <c>MongoPatterns.sln</c>).
/// </summary>
public static class SpecDirectory
{
    /// <summary>The environment variable that overrides where the spec tests are read from.</summary>
    public const string EnvironmentVariable = "MONGOPATTERNS_SPEC_DIR";

    /// <summary>Gets the full path of the spec test folder (it may not exist).</summary>
    public static string Root { get; } = ResolveRoot();

    /// <summary>Gets the path of a spec suite folder, e.g. <c>connection-string</c> or <c>crud/unified</c>, when it exists.</summary>
    /// <param name="subfolder">The folder below <see cref="Root"/>.</param>
    /// <param name="path">The full path when the folder exists, otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the folder exists.</returns>
    public static bool TryGet(string subfolder, [NotNullWhen(true)] out string? path)
    {
        var candidate = Path.GetFullPath(Path.Combine(Root, subfolder));
        path = Directory.Exists(candidate) ? candidate : null;
        return path is not null;
    }

    /// <summary>The message to report when a suite folder is missing, naming where it was looked for.</summary>
    /// <param name="subfolder">The folder below <see cref="Root"/>.</param>
    /// <returns>A message of the form <c>spec tests skipped: &lt;path&gt; not found</c>.</returns>
    public static string MissingMessage(string subfolder) =>
        $"spec tests skipped: {Path.GetFullPath(Path.Combine(Root, subfolder))} not found "
        + $"(set {EnvironmentVariable} or place the MongoDB spec tests in ../shared/spec-tests next to the repository)";

    private static string ResolveRoot()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MongoPatterns.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "spec-tests"));
            }
        }

        return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "shared", "spec-tests"));
    }
}
