using System.Text.RegularExpressions;

namespace MongoPatterns.PackageTests;

/// <summary>Finds the repository the tests were built from.</summary>
internal static partial class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string PackageVersionPrefix()
    {
        var props = File.ReadAllText(Path.Combine(Root, "Directory.Build.props"));
        return VersionPrefixPattern().Match(props).Groups[1].Value;
    }

    private static string FindRoot()
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

    [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefixPattern();
}
