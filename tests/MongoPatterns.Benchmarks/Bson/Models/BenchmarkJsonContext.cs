using System.Text.Json.Serialization;

namespace MongoPatterns.Benchmarks.Bson.Models;

/// <summary>System.Text.Json source-generated metadata for the benchmark models (System.Text.Json's fastest mode).</summary>
[JsonSourceGenerationOptions(Converters = [typeof(ObjectIdJsonConverter)])]
[JsonSerializable(typeof(FlatModel))]
[JsonSerializable(typeof(DeepNode))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
