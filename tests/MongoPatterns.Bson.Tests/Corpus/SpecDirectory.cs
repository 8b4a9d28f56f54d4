namespace MongoPatterns.Bson.Tests.Corpus;

/// <summary>
/// Locates the MongoDB specification test data: the folder named by <c>MONGOPATTERNS_SPEC_DIR</c>, otherwise
/// <c>&lt;repository root&gt;/../shared/spec-tests</c>, where the repository root is the first folder above the test
/// binaries that holds <c>MongoPatterns.sln</c>.
/// </summary>
public static class SpecDirectory
{
    /// <summary>The environment variable that points at the spec-tests folder.</summary>
    public const string DirectoryVariable = "MONGOPATTERNS_SPEC_DIR";

    /// <summary>When "1", a missing spec folder fails <c>SpecDirectory_IsPresent</c> instead of passing with a note.</summary>
    public const string RequireVariable = "MONGOPATTERNS_REQUIRE_SPECS";

    private static readonly Lazy<string?> s_root = new(Locate);

    /// <summary>Gets the spec-tests folder, or null when it cannot be found.</summary>
    public static string? Root => s_root.Value;

    /// <summary>Gets whether a missing spec folder must fail the run.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Gets a message that explains where the spec folder was looked for.</summary>
    public static string MissingMessage =>
        $"MongoDB spec tests not found: set {DirectoryVariable} to the spec-tests folder, or place it at "
        + "<repository root>/../shared/spec-tests. Spec-driven test cases are skipped.";

    /// <summary>Returns a sub-folder of the spec-tests folder (e.g. "bson-corpus"), or null when absent.</summary>
    /// <param name="name">The sub-folder name.</param>
    /// <returns>The full path, or null.</returns>
    public static string? GetFolder(string name)
    {
        if (Root is null)
        {
            return null;
        }

        var folder = Path.Combine(Root, name);
        return Directory.Exists(folder) ? folder : null;
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MongoPatterns.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "spec-tests"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
