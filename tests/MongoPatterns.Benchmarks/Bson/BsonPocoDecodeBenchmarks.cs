using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MongoPatterns.Benchmarks.Bson.Models;
using MongoPatterns.Bson.Serialization;
using Newtonsoft.Json.Bson;

namespace MongoPatterns.Benchmarks.Bson;

/// <summary>
/// Decoding into typed models (<see cref="FlatModel"/> for <c>flat</c>, <see cref="DeepNode"/> for <c>deep</c>):
/// MongoPatterns.Bson's <see cref="BsonSerializer"/> from BSON (the baseline), System.Text.Json from the UTF-8 JSON of
/// the same data (reflection and source-generated metadata), and Newtonsoft.Json through <see cref="BsonDataReader"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BsonBenchmarkConfig))]
public class BsonPocoDecodeBenchmarks
{
    private byte[] _bson = [];
    private byte[] _json = [];
    private bool _flat;

    /// <summary>Gets or sets the benchmark document: <c>flat</c> or <c>deep</c>.</summary>
    [Params("flat", "deep")]
    public string Document { get; set; } = "flat";

    /// <summary>Loads the document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var document = BsonBenchmarkDocument.Get(Document);
        _bson = document.Bson;
        _json = document.Json;
        _flat = Document == "flat";
    }

    /// <summary>BSON to the model with MongoPatterns.Bson.</summary>
    /// <returns>The model.</returns>
    [Benchmark(Baseline = true)]
    public object MongoPatterns_BsonSerializer() =>
        _flat ? BsonSerializer.Deserialize<FlatModel>(_bson) : BsonSerializer.Deserialize<DeepNode>(_bson);

    /// <summary>UTF-8 JSON to the model with System.Text.Json's reflection-based metadata.</summary>
    /// <returns>The model.</returns>
    [Benchmark]
    public object SystemTextJson_Reflection() =>
        _flat
            ? JsonSerializer.Deserialize<FlatModel>(_json, ModelSerializers.SystemTextJson)!
            : JsonSerializer.Deserialize<DeepNode>(_json, ModelSerializers.SystemTextJson)!;

    /// <summary>UTF-8 JSON to the model with System.Text.Json's source-generated metadata.</summary>
    /// <returns>The model.</returns>
    [Benchmark]
    public object SystemTextJson_SourceGenerated() =>
        _flat
            ? JsonSerializer.Deserialize(_json, BenchmarkJsonContext.Default.FlatModel)!
            : JsonSerializer.Deserialize(_json, BenchmarkJsonContext.Default.DeepNode)!;

    /// <summary>BSON to the model with Newtonsoft.Json through <see cref="BsonDataReader"/>.</summary>
    /// <returns>The model.</returns>
    [Benchmark]
    public object NewtonsoftBson()
    {
        using var reader = new BsonDataReader(new MemoryStream(_bson, writable: false));
        return _flat ? ModelSerializers.NewtonsoftJson.Deserialize<FlatModel>(reader)! : ModelSerializers.NewtonsoftJson.Deserialize<DeepNode>(reader)!;
    }
}
