using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MongoPatterns.Benchmarks.Bson.Models;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using Newtonsoft.Json.Bson;

namespace MongoPatterns.Benchmarks.Bson;

/// <summary>
/// Encoding typed models (<see cref="FlatModel"/> for <c>flat</c>, <see cref="DeepNode"/> for <c>deep</c>):
/// MongoPatterns.Bson's <see cref="BsonSerializer"/> to a new BSON byte array (the baseline) and through a reused
/// <see cref="BsonBinaryWriter"/>, System.Text.Json's <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonSerializerOptions?)"/>
/// (reflection and source-generated metadata), and Newtonsoft.Json through <see cref="BsonDataWriter"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BsonBenchmarkConfig))]
public class BsonPocoEncodeBenchmarks
{
    private readonly BsonBinaryWriter _writer = new();
    private FlatModel _flatModel = new();
    private DeepNode _deepModel = new();
    private IBsonSerializer<FlatModel>? _flatSerializer;
    private IBsonSerializer<DeepNode>? _deepSerializer;
    private bool _flat;

    /// <summary>Gets or sets the benchmark document: <c>flat</c> or <c>deep</c>.</summary>
    [Params("flat", "deep")]
    public string Document { get; set; } = "flat";

    /// <summary>Loads the model.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var document = BsonBenchmarkDocument.Get(Document);
        _flat = Document == "flat";
        if (_flat)
        {
            _flatModel = BsonSerializer.Deserialize<FlatModel>(document.Bson);
        }
        else
        {
            _deepModel = BsonSerializer.Deserialize<DeepNode>(document.Bson);
        }

        _flatSerializer = BsonSerializerRegistry.Default.GetSerializer<FlatModel>();
        _deepSerializer = BsonSerializerRegistry.Default.GetSerializer<DeepNode>();
    }

    /// <summary>Releases the reused writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>The model to a new BSON byte array with MongoPatterns.Bson.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Baseline = true)]
    public byte[] MongoPatterns_BsonSerializer() =>
        _flat ? BsonSerializer.Serialize(_flatModel) : BsonSerializer.Serialize(_deepModel);

    /// <summary>The model into a reused <see cref="BsonBinaryWriter"/> and buffer (no output array).</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public int MongoPatterns_ReusedWriter()
    {
        _writer.Buffer.Clear();
        if (_flat)
        {
            _flatSerializer!.Serialize(_writer, _flatModel);
        }
        else
        {
            _deepSerializer!.Serialize(_writer, _deepModel);
        }

        return _writer.Buffer.WrittenCount;
    }

    /// <summary>The model to UTF-8 JSON with System.Text.Json's reflection-based metadata.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] SystemTextJson_Reflection() =>
        _flat
            ? JsonSerializer.SerializeToUtf8Bytes(_flatModel, ModelSerializers.SystemTextJson)
            : JsonSerializer.SerializeToUtf8Bytes(_deepModel, ModelSerializers.SystemTextJson);

    /// <summary>The model to UTF-8 JSON with System.Text.Json's source-generated metadata.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] SystemTextJson_SourceGenerated() =>
        _flat
            ? JsonSerializer.SerializeToUtf8Bytes(_flatModel, BenchmarkJsonContext.Default.FlatModel)
            : JsonSerializer.SerializeToUtf8Bytes(_deepModel, BenchmarkJsonContext.Default.DeepNode);

    /// <summary>The model to BSON with Newtonsoft.Json through <see cref="BsonDataWriter"/>.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] NewtonsoftBson()
    {
        using var stream = new MemoryStream();
        using (var writer = new BsonDataWriter(stream))
        {
            if (_flat)
            {
                ModelSerializers.NewtonsoftJson.Serialize(writer, _flatModel);
            }
            else
            {
                ModelSerializers.NewtonsoftJson.Serialize(writer, _deepModel);
            }
        }

        return stream.ToArray();
    }
}
