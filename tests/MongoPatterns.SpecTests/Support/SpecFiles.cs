using System.Collections.Concurrent;
using System.Text.Json;

namespace MongoPatterns.SpecTests.Support;

/// <summary>Lists the cases of a spec suite and loads their JSON, reading each file once.</summary>
public static class SpecFiles
{
    private static readonly ConcurrentDictionary<string, JsonDocument> Documents = new(StringComparer.Ordinal);

    /// <summary>
    /// Yields one theory data row per test in the suite's <c>*.json</c> files (each file must hold a <c>tests</c>
    /// array of objects with a <c>description</c>), or a single skipped placeholder when the folder is missing.
    /// </summary>
    /// <param name="suite">The suite folder below <see cref="SpecDirectory.Root"/>.</param>
    /// <returns>Data rows whose only argument is a <see cref="SpecCase"/>.</returns>
    public static IEnumerable<object[]> Cases(string suite)
    {
        if (!SpecDirectory.TryGet(suite, out var folder))
        {
            yield return [SpecCase.Missing(suite)];
            yield break;
        }

        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var tests = Load(path).RootElement.GetProperty("tests");
            for (var index = 0; index < tests.GetArrayLength(); index++)
            {
                var description = tests[index].GetProperty("description").GetString() ?? $"test {index}";
                yield return [new SpecCase(suite, file, index, description, SpecSkips.ReasonFor(suite, file, description))];
            }
        }
    }

    /// <summary>Gets the JSON object of one test case.</summary>
    /// <param name="testCase">The case.</param>
    /// <returns>The element of the file's <c>tests</c> array.</returns>
    public static JsonElement Test(SpecCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        return Load(testCase.Path).RootElement.GetProperty("tests")[testCase.Index];
    }

    private static JsonDocument Load(string path) => Documents.GetOrAdd(path, static file => JsonDocument.Parse(File.ReadAllText(file)));
}
