using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using Newtonsoft.Json.Bson;
using Newtonsoft.Json.Linq;

namespace MongoPatterns.Benchmarks.Bson;

/// <summary>
/// Decoding into a document model: BSON bytes to <see cref="BsonDocument"/> (the baseline) and to a
/// <see cref="RawBsonDocument"/> whose every field is read, against System.Text.Json reading the UTF-8 JSON of the same
/// data into <see cref="JsonDocument"/> and a fully enumerated <see cref="JsonNode"/>, and Newtonsoft.Json.Bson
/// reading the same BSON into a <see cref="JObject"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BsonBenchmarkConfig))]
public class BsonDocumentDecodeBenchmarks
{
    private byte[] _bson = [];
    private byte[] _json = [];

    /// <summary>Gets or sets the benchmark document: <c>flat</c>, <c>deep</c> or <c>full</c>.</summary>
    [Params("flat", "deep", "full")]
    public string Document { get; set; } = "flat";

    /// <summary>Loads the document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var document = BsonBenchmarkDocument.Get(Document);
        _bson = document.Bson;
        _json = document.Json;
    }

    /// <summary>BSON to a fully materialised <see cref="BsonDocument"/>.</summary>
    /// <returns>The document.</returns>
    [Benchmark(Baseline = true)]
    public BsonDocument MongoPatterns_BsonDocument() => BsonDocument.FromBson(_bson);

    /// <summary>BSON to a <see cref="RawBsonDocument"/>, then every top-level element decoded by enumeration.</summary>
    /// <returns>A value computed from the elements, so that nothing is optimised away.</returns>
    [Benchmark]
    public int MongoPatterns_RawBsonDocument_ReadAll()
    {
        var document = new RawBsonDocument(_bson);
        var sum = 0;
        foreach (var element in document)
        {
            sum += (int)element.Value.BsonType;
        }

        return sum;
    }

    /// <summary>
    /// Every element read with the streaming <see cref="BsonBinaryReader"/> without building anything (names and strings
    /// as validated UTF-8 spans, scalars as values): the floor under the two document models.
    /// </summary>
    /// <returns>A value computed from the elements, so that nothing is optimised away.</returns>
    [Benchmark]
    public int MongoPatterns_BsonBinaryReader_ReadAll()
    {
        var reader = new BsonBinaryReader(_bson);
        reader.ReadStartDocument();
        var sum = ReadElements(ref reader);
        reader.ReadEndDocument();
        return sum;
    }

    /// <summary>UTF-8 JSON to a <see cref="JsonDocument"/> (validated and indexed; values stay undecoded).</summary>
    /// <returns>The number of top-level properties.</returns>
    [Benchmark]
    public int SystemTextJson_JsonDocument()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.GetPropertyCount();
    }

    /// <summary>UTF-8 JSON to a <see cref="JsonNode"/> tree, with every object and array enumerated so the tree is built.</summary>
    /// <returns>The root node.</returns>
    [Benchmark]
    public JsonNode SystemTextJson_JsonNode()
    {
        var root = JsonNode.Parse(_json)!;
        Materialise(root);
        return root;
    }

    /// <summary>BSON to a <see cref="JObject"/> through Newtonsoft.Json.Bson's <see cref="BsonDataReader"/>.</summary>
    /// <returns>The object.</returns>
    /// <exception cref="NotSupportedException">The document has MinKey or MaxKey values, which Newtonsoft.Json.Bson cannot read.</exception>
    [Benchmark]
    public JObject NewtonsoftBson_JObject()
    {
        using var reader = new BsonDataReader(new MemoryStream(_bson, writable: false));
        try
        {
            return JObject.Load(reader);
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw new NotSupportedException("Newtonsoft.Json.Bson cannot read this document: " + exception.Message, exception);
        }
    }

    private static int ReadElements(ref BsonBinaryReader reader)
    {
        var sum = 0;
        while (reader.TryReadNextElement(out var type))
        {
            sum += reader.ReadNameSpan().Length;
            switch (type)
            {
                case BsonType.Document:
                    reader.ReadStartDocument();
                    sum += ReadElements(ref reader);
                    reader.ReadEndDocument();
                    break;
                case BsonType.Array:
                    reader.ReadStartArray();
                    sum += ReadElements(ref reader);
                    reader.ReadEndArray();
                    break;
                case BsonType.String:
                    sum += reader.ReadStringSpan().Length;
                    break;
                case BsonType.Int32:
                    sum += reader.ReadInt32();
                    break;
                case BsonType.Int64:
                    sum += (int)reader.ReadInt64();
                    break;
                case BsonType.Double:
                    sum += (int)reader.ReadDouble();
                    break;
                case BsonType.Boolean:
                    sum += reader.ReadBoolean() ? 1 : 0;
                    break;
                case BsonType.JavaScriptWithScope:
                    sum += reader.ReadStartJavaScriptWithScope().Length;
                    reader.ReadStartDocument();
                    sum += ReadElements(ref reader);
                    reader.ReadEndDocument();
                    reader.ReadEndJavaScriptWithScope();
                    break;
                default:
                    // The remaining types of the full document (binary, dates, timestamps, regexes, ObjectIds, keys) are
                    // decoded as values; their cost is the same fixed-size read either way.
                    sum += (int)reader.ReadBsonValue(type).BsonType;
                    break;
            }
        }

        return sum;
    }

    // JsonNode.Parse defers building objects and arrays until they are first enumerated; enumerating forces it.
    private static void Materialise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    Materialise(property.Value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Materialise(item);
                }

                break;
        }
    }
}
