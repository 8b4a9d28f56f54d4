using System.IO.Compression;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace MongoPatterns.PackageTests;

/// <summary>
/// Packs the repository into a temporary local feed and proves that a fresh consumer project restores
/// MongoPatterns from that feed alone, builds and runs.
/// </summary>
public sealed class PackageSmokeTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Packages = ["MongoPatterns.Bson", "MongoPatterns.Driver", "MongoPatterns", "MongoPatterns.Embedded", "MongoPatterns.Server"];
    private readonly string _work = Directory.CreateTempSubdirectory("mongopatterns-pkg-").FullName;

    [Fact]
    public async Task Packages_RestoredFromLocalFeed_ConsumerBuildsAndRuns()
    {
        // A private copy of the sources so that packing never races the solution build the tests run from.
        var repo = Path.Combine(_work, "repo");
        CopySources(repo);
        var feed = Path.Combine(_work, "feed");
        var version = $"{RepositoryLayout.PackageVersionPrefix()}-smoke.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var suffix = version[(version.IndexOf('-', StringComparison.Ordinal) + 1)..];

        var pack = await ProcessRunner.RunAsync("bash", $"build/pack.sh \"{feed}\"", repo, new Dictionary<string, string> { ["VERSION_SUFFIX"] = suffix });
        output.WriteLine(pack.Output);
        Assert.True(pack.ExitCode == 0, "pack failed:\n" + pack.Output);

        foreach (var id in Packages)
        {
            AssertPackageContents(Path.Combine(feed, $"{id}.{version}.nupkg"), id);
        }

        var consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(consumer);
        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        File.WriteAllText(
            Path.Combine(consumer, "Consumer.csproj"),
            File.ReadAllText(Path.Combine(template, "Consumer.csproj.template")).Replace("$(MongoPatternsVersion)", version, StringComparison.Ordinal));
        File.Copy(Path.Combine(template, "Program.cs"), Path.Combine(consumer, "Program.cs"));
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), NuGetConfig(feed));
        // Keep the consumer away from the repository's Directory.*.props by living outside it.
        var run = await ProcessRunner.RunAsync("dotnet", "run -c Release", consumer);
        output.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, "consumer failed:\n" + run.Output);
        Assert.Contains("consumer ran from the local feed", run.Output, StringComparison.Ordinal);
        Assert.Contains($"loaded MongoPatterns {version}", run.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }

    private static void AssertPackageContents(string nupkg, string id)
    {
        Assert.True(File.Exists(nupkg), $"missing package {nupkg}");
        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("README.md", entries);
        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value));
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);

        if (id == "MongoPatterns.Server")
        {
            Assert.Contains(entries, e => e.StartsWith("tools/net10.0/any/", StringComparison.Ordinal) && e.EndsWith("MongoPatterns.Server.dll", StringComparison.Ordinal));
            return;
        }

        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/{id}.dll", entries);
            Assert.Contains($"lib/{tfm}/{id}.xml", entries);
        }
    }

    private static void CopySources(string destination)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "LICENSE", "README.md", ".editorconfig" })
        {
            Directory.CreateDirectory(destination);
            File.Copy(Path.Combine(RepositoryLayout.Root, file), Path.Combine(destination, file));
        }

        CopyDirectory(Path.Combine(RepositoryLayout.Root, "src"), Path.Combine(destination, "src"));
        CopyDirectory(Path.Combine(RepositoryLayout.Root, "build"), Path.Combine(destination, "build"));
    }

    private static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(dir);
            if (name is "bin" or "obj")
            {
                continue;
            }

            CopyDirectory(dir, Path.Combine(destination, name));
        }
    }

    private static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local">
              <package pattern="MongoPatterns" />
              <package pattern="MongoPatterns.*" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;
}
