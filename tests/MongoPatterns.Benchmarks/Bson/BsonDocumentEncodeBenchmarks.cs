using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using Newtonsoft.Json.Bson;
using Newtonsoft.Json.Linq;

namespace MongoPatterns.Benchmarks.Bson;

/// <summary>
/// Encoding a document model: <see cref="BsonDocument"/> to a new BSON byte array (the baseline) and into a reused
/// buffer, against System.Text.Json writing the same data from a <see cref="JsonNode"/> with a
/// <see cref="Utf8JsonWriter"/>, and Newtonsoft.Json.Bson writing a <see cref="JObject"/> with a <see cref="BsonDataWriter"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BsonBenchmarkConfig))]
public class BsonDocumentEncodeBenchmarks
{
    private readonly PooledBufferWriter _bsonBuffer = new();
    private readonly ArrayBufferWriter<byte> _jsonBuffer = new();
    private BsonDocument _document = [];
    private JsonNode _node = new JsonObject();
    private JObject? _jObject;
    private string? _newtonsoftFailure;
    private Utf8JsonWriter? _jsonWriter;

    /// <summary>Gets or sets the benchmark document: <c>flat</c>, <c>deep</c> or <c>full</c>.</summary>
    [Params("flat", "deep", "full")]
    public string Document { get; set; } = "flat";

    /// <summary>Loads the document in each library's model.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var document = BsonBenchmarkDocument.Get(Document);
        _document = document.Document;
        _node = document.ParseJsonNode();
        _jsonWriter = new Utf8JsonWriter(_jsonBuffer);
        try
        {
            using var reader = new BsonDataReader(new MemoryStream(document.Bson, writable: false));
            _jObject = JObject.Load(reader);
        }
        catch (ArgumentOutOfRangeException exception)
        {
            // Newtonsoft.Json.Bson has no MinKey/MaxKey (the full document has both): its row is reported as not supported.
            _newtonsoftFailure = exception.Message;
        }
    }

    /// <summary>Releases the reused buffers.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _jsonWriter?.Dispose();
        _bsonBuffer.Dispose();
    }

    /// <summary><see cref="BsonDocument"/> to a new BSON byte array.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Baseline = true)]
    public byte[] MongoPatterns_ToBson() => _document.ToBson();

    /// <summary><see cref="BsonDocument"/> into a reused <see cref="PooledBufferWriter"/> (no output array).</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public int MongoPatterns_WriteTo_ReusedBuffer()
    {
        _bsonBuffer.Clear();
        _document.WriteTo(_bsonBuffer);
        return _bsonBuffer.WrittenCount;
    }

    /// <summary><see cref="JsonNode"/> to UTF-8 JSON through a reused <see cref="Utf8JsonWriter"/>, copied to a new array.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] SystemTextJson_JsonNode()
    {
        _jsonBuffer.ResetWrittenCount();
        _jsonWriter!.Reset();
        _node.WriteTo(_jsonWriter);
        _jsonWriter.Flush();
        return _jsonBuffer.WrittenSpan.ToArray();
    }

    /// <summary><see cref="JObject"/> to BSON through Newtonsoft.Json.Bson's <see cref="BsonDataWriter"/>.</summary>
    /// <returns>The bytes.</returns>
    /// <exception cref="NotSupportedException">Newtonsoft.Json.Bson cannot read the document (MinKey/MaxKey).</exception>
    [Benchmark]
    public byte[] NewtonsoftBson_JObject()
    {
        if (_jObject is null)
        {
            throw new NotSupportedException("Newtonsoft.Json.Bson cannot represent this document: " + _newtonsoftFailure);
        }

        using var stream = new MemoryStream();
        using (var writer = new BsonDataWriter(stream))
        {
            _jObject.WriteTo(writer);
        }

        return stream.ToArray();
    }
}
