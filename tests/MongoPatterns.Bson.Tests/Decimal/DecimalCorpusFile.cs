using System.Globalization;
using System.Text.Json;

namespace MongoPatterns.Bson.Tests.Decimal;

/// <summary>One decimal128 corpus file.</summary>
/// <param name="Name">The file name without extension.</param>
/// <param name="Valid">The <c>valid</c> cases.</param>
/// <param name="ParseErrors">The <c>parseErrors</c> strings with their descriptions.</param>
public sealed record DecimalCorpusFile(string Name, IReadOnlyList<DecimalCorpusValidCase> Valid, IReadOnlyList<DecimalCorpusParseError> ParseErrors)
{
    /// <summary>Reads a corpus file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The cases.</returns>
    public static DecimalCorpusFile Read(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var valid = new List<DecimalCorpusValidCase>();
        if (root.TryGetProperty("valid", out var validCases))
        {
            var index = 0;
            foreach (var item in validCases.EnumerateArray())
            {
                valid.Add(new DecimalCorpusValidCase(
                    CaseName(name, index++, item),
                    item.GetProperty("canonical_bson").GetString()!,
                    DecimalCorpus.ReadNumberDecimal(item.GetProperty("canonical_extjson").GetString()!),
                    item.TryGetProperty("degenerate_extjson", out var degenerate) ? DecimalCorpus.ReadNumberDecimal(degenerate.GetString()!) : null,
                    item.TryGetProperty("lossy", out var lossy) && lossy.GetBoolean()));
            }
        }

        var errors = new List<DecimalCorpusParseError>();
        if (root.TryGetProperty("parseErrors", out var parseErrors))
        {
            var index = 0;
            foreach (var item in parseErrors.EnumerateArray())
            {
                errors.Add(new DecimalCorpusParseError(CaseName(name, index++, item), item.GetProperty("string").GetString()!));
            }
        }

        return new DecimalCorpusFile(name, valid, errors);
    }

    private static string CaseName(string file, int index, JsonElement item) =>
        string.Create(CultureInfo.InvariantCulture, $"{file} #{index}: {item.GetProperty("description").GetString()}");
}
