using MongoPatterns.Benchmarks.Infrastructure;
using MongoPatterns.Bson;

namespace MongoPatterns.Benchmarks.Driver;

/// <summary>One data file of the driver benchmark, parsed as Extended JSON, with its size on disk (the scoring unit).</summary>
internal sealed class DriverDataFile
{
    private DriverDataFile(string relativePath)
    {
        var path = BenchmarkDataDirectory.GetFile(relativePath);
        Document = BsonDocument.Parse(File.ReadAllText(path));
        FileBytes = new FileInfo(path).Length;
    }

    /// <summary>Gets the parsed document.</summary>
    public BsonDocument Document { get; }

    /// <summary>Gets the size of the source file in bytes.</summary>
    public long FileBytes { get; }

    /// <summary>Loads a file of the shared benchmark data.</summary>
    /// <param name="relativePath">The path under the benchmark-data folder, e.g. <c>single_and_multi_document/tweet.json</c>.</param>
    /// <returns>The file.</returns>
    /// <exception cref="FileNotFoundException">The data is missing; the message says where it was looked for.</exception>
    public static DriverDataFile Load(string relativePath) => new(relativePath);

    /// <summary>Returns <paramref name="count"/> independent copies of the document, without <c>_id</c>.</summary>
    /// <param name="count">How many copies.</param>
    /// <returns>The copies.</returns>
    public BsonDocument[] Copies(int count)
    {
        var copies = new BsonDocument[count];
        for (var i = 0; i < count; i++)
        {
            copies[i] = Document.DeepClone();
            copies[i].Remove("_id");
        }

        return copies;
    }
}
