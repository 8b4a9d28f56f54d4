using System.Text;
using System.Text.Json.Nodes;
using MongoPatterns.Benchmarks.Infrastructure;
using MongoPatterns.Bson;

namespace MongoPatterns.Benchmarks.Bson;

/// <summary>
/// One benchmark document (<c>flat</c>, <c>deep</c> or <c>full</c>) in every form the BSON benchmarks need: the
/// <see cref="BsonDocument"/> parsed from <c>extended_bson/&lt;name&gt;_bson.json</c>, its BSON encoding and the UTF-8
/// relaxed Extended JSON of the same data (the input of the System.Text.Json benchmarks).
/// </summary>
internal sealed class BsonBenchmarkDocument
{
    private static readonly Dictionary<string, BsonBenchmarkDocument> s_loaded = new(StringComparer.Ordinal);

    private BsonBenchmarkDocument(string name)
    {
        var path = BenchmarkDataDirectory.GetFile(Path.Combine("extended_bson", name + "_bson.json"));
        Name = name;
        Document = BsonDocument.Parse(File.ReadAllText(path));
        Bson = Document.ToBson();
        Json = Encoding.UTF8.GetBytes(Document.ToJson());
    }

    /// <summary>Gets the document name (<c>flat</c>, <c>deep</c> or <c>full</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the document.</summary>
    public BsonDocument Document { get; }

    /// <summary>Gets the BSON encoding of <see cref="Document"/>.</summary>
    public byte[] Bson { get; }

    /// <summary>Gets the relaxed Extended JSON of <see cref="Document"/>, UTF-8 encoded.</summary>
    public byte[] Json { get; }

    /// <summary>Loads a document (once per process).</summary>
    /// <param name="name">The document name: <c>flat</c>, <c>deep</c> or <c>full</c>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="FileNotFoundException">The benchmark data is missing.</exception>
    public static BsonBenchmarkDocument Get(string name)
    {
        lock (s_loaded)
        {
            if (!s_loaded.TryGetValue(name, out var document))
            {
                document = new BsonBenchmarkDocument(name);
                s_loaded.Add(name, document);
            }

            return document;
        }
    }

    /// <summary>Parses <see cref="Json"/> with System.Text.Json into a fully materialised node tree.</summary>
    /// <returns>The root object.</returns>
    public JsonObject ParseJsonNode() => (JsonObject)JsonNode.Parse(Json)!;
}
