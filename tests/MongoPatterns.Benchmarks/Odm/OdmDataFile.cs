using MongoPatterns.Benchmarks.Infrastructure;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Benchmarks.Odm;

/// <summary>An ODM data file (<c>odm/...</c>): its size on disk (the scoring unit) and its contents as a model.</summary>
internal static class OdmDataFile
{
    /// <summary>The small flat model's file.</summary>
    public const string SmallFlat = "odm/flat-models/small_doc.json";

    /// <summary>The large flat model's file.</summary>
    public const string LargeFlat = "odm/flat-models/large_doc.json";

    /// <summary>The large nested model's file.</summary>
    public const string LargeNested = "odm/nested-models/large_doc_nested.json";

    /// <summary>The small nested model's file (not in the shared data at the time of writing).</summary>
    public const string SmallNested = "odm/nested-models/small_doc_nested.json";

    /// <summary>Returns the size of a data file in bytes.</summary>
    /// <param name="relativePath">The path under the benchmark-data folder.</param>
    /// <returns>The size.</returns>
    public static long Size(string relativePath) => new FileInfo(BenchmarkDataDirectory.GetFile(relativePath)).Length;

    /// <summary>Says whether a data file exists.</summary>
    /// <param name="relativePath">The path under the benchmark-data folder.</param>
    /// <returns>True when it exists.</returns>
    public static bool Exists(string relativePath) =>
        BenchmarkDataDirectory.Root is { } root && File.Exists(Path.Combine(root, relativePath));

    /// <summary>Loads a data file (strict or Extended JSON) as a model.</summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <param name="relativePath">The path under the benchmark-data folder.</param>
    /// <returns>The model.</returns>
    public static TModel Load<TModel>(string relativePath)
    {
        var document = BsonDocument.Parse(File.ReadAllText(BenchmarkDataDirectory.GetFile(relativePath)));
        return BsonSerializer.Deserialize<TModel>(document);
    }
}
