using System.Text.Json;

namespace MongoPatterns.Bson.Tests.Corpus;

/// <summary>
/// Loads the BSON corpus (<c>bson-corpus/*.json</c> from <see cref="SpecDirectory"/>) and hands out its cases as
/// serializable ids for xunit theories. Extended JSON tests can reuse <see cref="ValidCases"/> (which carry the JSON
/// fields) and <see cref="ParseErrorCases"/>.
/// </summary>
/// <remarks>When the corpus is missing, each id list holds only <see cref="MissingCaseId"/>, which tests treat as a no-op.</remarks>
public static class BsonCorpus
{
    /// <summary>The single id yielded when the corpus is not available.</summary>
    public const string MissingCaseId = "(bson corpus not found)";

    private static readonly Lazy<Loaded> s_loaded = new(Load);

    /// <summary>Gets whether the corpus was found.</summary>
    public static bool IsAvailable => s_loaded.Value.Files.Count > 0;

    /// <summary>Gets the corpus files.</summary>
    public static IReadOnlyList<BsonCorpusFile> Files => s_loaded.Value.Files;

    /// <summary>Gets every <c>valid</c> case.</summary>
    public static IReadOnlyList<BsonCorpusValidCase> ValidCases => s_loaded.Value.Valid;

    /// <summary>Gets every <c>decodeErrors</c> case.</summary>
    public static IReadOnlyList<BsonCorpusDecodeErrorCase> DecodeErrorCases => s_loaded.Value.DecodeErrors;

    /// <summary>Gets every <c>parseErrors</c> case.</summary>
    public static IReadOnlyList<BsonCorpusParseErrorCase> ParseErrorCases => s_loaded.Value.ParseErrors;

    /// <summary>Gets the number of cases of every kind (valid, decode errors, parse errors) in every file.</summary>
    public static int CaseCount => ValidCases.Count + DecodeErrorCases.Count + ParseErrorCases.Count;

    /// <summary>Gets the ids of every valid case (theory data).</summary>
    public static TheoryData<string> ValidCaseIds => Ids(ValidCases.Select(c => c.Id));

    /// <summary>Gets the ids of the valid cases that have a <c>degenerate_bson</c> (theory data).</summary>
    public static TheoryData<string> DegenerateBsonCaseIds => Ids(ValidCases.Where(c => c.DegenerateBson is not null).Select(c => c.Id));

    /// <summary>Gets the ids of every decode error case (theory data).</summary>
    public static TheoryData<string> DecodeErrorCaseIds => Ids(DecodeErrorCases.Select(c => c.Id));

    /// <summary>Gets the ids of every parse error case (theory data).</summary>
    public static TheoryData<string> ParseErrorCaseIds => Ids(ParseErrorCases.Select(c => c.Id));

    /// <summary>Returns the valid case with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The case.</returns>
    public static BsonCorpusValidCase GetValid(string id) => ValidCases.Single(c => c.Id == id);

    /// <summary>Returns the decode error case with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The case.</returns>
    public static BsonCorpusDecodeErrorCase GetDecodeError(string id) => DecodeErrorCases.Single(c => c.Id == id);

    /// <summary>Returns the parse error case with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The case.</returns>
    public static BsonCorpusParseErrorCase GetParseError(string id) => ParseErrorCases.Single(c => c.Id == id);

    private static TheoryData<string> Ids(IEnumerable<string> ids)
    {
        var data = new TheoryData<string>();
        foreach (var id in ids)
        {
            data.Add(id);
        }

        if (data.Count == 0)
        {
            data.Add(MissingCaseId);
        }

        return data;
    }

    private static Loaded Load()
    {
        var loaded = new Loaded();
        var folder = SpecDirectory.GetFolder("bson-corpus");
        if (folder is null)
        {
            return loaded;
        }

        foreach (var path in Directory.GetFiles(folder, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            var name = Path.GetFileNameWithoutExtension(path);
            var file = new BsonCorpusFile(
                name,
                root.GetProperty("description").GetString()!,
                root.GetProperty("bson_type").GetString()!,
                OptionalString(root, "test_key"),
                root.TryGetProperty("deprecated", out var deprecated) && deprecated.GetBoolean());
            loaded.Files.Add(file);

            var index = 0;
            foreach (var item in Array(root, "valid"))
            {
                var description = item.GetProperty("description").GetString()!;
                loaded.Valid.Add(new BsonCorpusValidCase(
                    $"{name}/valid/{index++:D3}: {description}",
                    file,
                    description,
                    item.GetProperty("canonical_bson").GetString()!,
                    item.GetProperty("canonical_extjson").GetString()!,
                    OptionalString(item, "relaxed_extjson"),
                    OptionalString(item, "degenerate_bson"),
                    OptionalString(item, "degenerate_extjson"),
                    OptionalString(item, "converted_bson"),
                    OptionalString(item, "converted_extjson"),
                    item.TryGetProperty("lossy", out var lossy) && lossy.GetBoolean()));
            }

            index = 0;
            foreach (var item in Array(root, "decodeErrors"))
            {
                var description = item.GetProperty("description").GetString()!;
                loaded.DecodeErrors.Add(new BsonCorpusDecodeErrorCase(
                    $"{name}/decodeErrors/{index++:D3}: {description}", file, description, item.GetProperty("bson").GetString()!));
            }

            index = 0;
            foreach (var item in Array(root, "parseErrors"))
            {
                var description = item.GetProperty("description").GetString()!;
                loaded.ParseErrors.Add(new BsonCorpusParseErrorCase(
                    $"{name}/parseErrors/{index++:D3}: {description}", file, description, item.GetProperty("string").GetString()!));
            }
        }

        return loaded;
    }

    private static List<JsonElement> Array(JsonElement root, string property) =>
        root.TryGetProperty(property, out var array) ? [.. array.EnumerateArray()] : [];

    private static string? OptionalString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;

    private sealed class Loaded
    {
        public List<BsonCorpusFile> Files { get; } = [];

        public List<BsonCorpusValidCase> Valid { get; } = [];

        public List<BsonCorpusDecodeErrorCase> DecodeErrors { get; } = [];

        public List<BsonCorpusParseErrorCase> ParseErrors { get; } = [];
    }
}
