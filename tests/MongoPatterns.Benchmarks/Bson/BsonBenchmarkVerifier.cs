using System.Text.Json;
using System.Text.Json.Nodes;
using MongoPatterns.Benchmarks.Bson.Models;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Benchmarks.Bson;

/// <summary>
/// Runs every BSON benchmark once per document and checks that each library really did the work (the decoded values
/// match the document, the encodings decode back to it), so that a fast number is never a wrong one.
/// </summary>
internal static class BsonBenchmarkVerifier
{
    /// <summary>Runs the checks, writing one line per benchmark to <paramref name="output"/>.</summary>
    /// <param name="output">Where the report goes.</param>
    /// <returns>The number of failed checks.</returns>
    public static int Run(TextWriter output)
    {
        var failures = 0;
        foreach (var name in new[] { "flat", "deep", "full" })
        {
            var expected = BsonBenchmarkDocument.Get(name);
            var elementCount = expected.Document.ElementCount;
            var expectedNode = expected.ParseJsonNode();

            var decode = new BsonDocumentDecodeBenchmarks { Document = name };
            decode.Setup();
            failures += Check(output, name, nameof(decode.MongoPatterns_BsonDocument), () => decode.MongoPatterns_BsonDocument().Equals(expected.Document));
            failures += Check(output, name, nameof(decode.MongoPatterns_RawBsonDocument_ReadAll), () => decode.MongoPatterns_RawBsonDocument_ReadAll() > 0);
            failures += Check(output, name, nameof(decode.SystemTextJson_JsonDocument), () => decode.SystemTextJson_JsonDocument() == elementCount);
            failures += Check(output, name, nameof(decode.SystemTextJson_JsonNode), () => JsonNode.DeepEquals(decode.SystemTextJson_JsonNode(), expectedNode));
            failures += Check(output, name, nameof(decode.NewtonsoftBson_JObject), () => decode.NewtonsoftBson_JObject().Count == elementCount);

            var encode = new BsonDocumentEncodeBenchmarks { Document = name };
            encode.Setup();
            failures += Check(output, name, nameof(encode.MongoPatterns_ToBson), () => encode.MongoPatterns_ToBson().AsSpan().SequenceEqual(expected.Bson));
            failures += Check(output, name, nameof(encode.MongoPatterns_WriteTo_ReusedBuffer), () => encode.MongoPatterns_WriteTo_ReusedBuffer() == expected.Bson.Length);
            failures += Check(output, name, nameof(encode.SystemTextJson_JsonNode), () => JsonNode.DeepEquals(JsonNode.Parse(encode.SystemTextJson_JsonNode()), expectedNode));
            failures += Check(output, name, nameof(encode.NewtonsoftBson_JObject), () => BsonDocument.FromBson(encode.NewtonsoftBson_JObject()).ElementCount == elementCount);
            encode.Cleanup();

            if (name == "full")
            {
                continue;
            }

            // The typed models: every library's result, re-encoded by MongoPatterns.Bson, must equal the baseline's.
            var pocoDecode = new BsonPocoDecodeBenchmarks { Document = name };
            pocoDecode.Setup();
            var reference = Encode(pocoDecode.MongoPatterns_BsonSerializer());
            failures += Check(output, name, "Poco " + nameof(pocoDecode.MongoPatterns_BsonSerializer), () => BsonDocument.FromBson(reference).ElementCount == elementCount);
            failures += Check(output, name, "Poco " + nameof(pocoDecode.SystemTextJson_Reflection), () => Encode(pocoDecode.SystemTextJson_Reflection()).AsSpan().SequenceEqual(reference));
            failures += Check(output, name, "Poco " + nameof(pocoDecode.SystemTextJson_SourceGenerated), () => Encode(pocoDecode.SystemTextJson_SourceGenerated()).AsSpan().SequenceEqual(reference));
            failures += Check(output, name, "Poco " + nameof(pocoDecode.NewtonsoftBson), () => Encode(pocoDecode.NewtonsoftBson()).AsSpan().SequenceEqual(reference));

            var pocoEncode = new BsonPocoEncodeBenchmarks { Document = name };
            pocoEncode.Setup();
            failures += Check(output, name, "Poco " + nameof(pocoEncode.MongoPatterns_BsonSerializer), () => pocoEncode.MongoPatterns_BsonSerializer().AsSpan().SequenceEqual(reference));
            failures += Check(output, name, "Poco " + nameof(pocoEncode.MongoPatterns_ReusedWriter), () => pocoEncode.MongoPatterns_ReusedWriter() == reference.Length);
            failures += Check(output, name, "Poco " + nameof(pocoEncode.SystemTextJson_Reflection), () => Encode(DecodeJson(name, pocoEncode.SystemTextJson_Reflection())).AsSpan().SequenceEqual(reference));
            failures += Check(output, name, "Poco " + nameof(pocoEncode.SystemTextJson_SourceGenerated), () => Encode(DecodeJson(name, pocoEncode.SystemTextJson_SourceGenerated())).AsSpan().SequenceEqual(reference));
            failures += Check(output, name, "Poco " + nameof(pocoEncode.NewtonsoftBson), () => Encode(DecodeBson(name, pocoEncode.NewtonsoftBson())).AsSpan().SequenceEqual(reference));
            pocoEncode.Cleanup();
        }

        output.WriteLine(failures == 0 ? "All BSON benchmark checks passed." : $"{failures} BSON benchmark check(s) failed.");
        return failures;
    }

    private static byte[] Encode(object model) => model switch
    {
        FlatModel flat => BsonSerializer.Serialize(flat),
        DeepNode deep => BsonSerializer.Serialize(deep),
        _ => throw new ArgumentException($"Not a benchmark model: {model.GetType()}", nameof(model)),
    };

    private static object DecodeJson(string name, byte[] json) =>
        name == "flat" ? JsonSerializer.Deserialize<FlatModel>(json, ModelSerializers.SystemTextJson)! : JsonSerializer.Deserialize<DeepNode>(json, ModelSerializers.SystemTextJson)!;

    private static object DecodeBson(string name, byte[] bson) =>
        name == "flat" ? BsonSerializer.Deserialize<FlatModel>(bson) : BsonSerializer.Deserialize<DeepNode>(bson);

    private static int Check(TextWriter output, string document, string benchmark, Func<bool> check)
    {
        string outcome;
        try
        {
            outcome = check() ? "ok" : "FAILED (wrong result)";
        }
        catch (NotSupportedException exception)
        {
            output.WriteLine($"{document,-5} {benchmark,-45} not supported: {exception.Message}");
            return 0;
        }
#pragma warning disable CA1031 // The verifier reports every failure and goes on; the exception text is the report.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            outcome = $"FAILED ({exception.GetType().Name}: {exception.Message})";
        }

        output.WriteLine($"{document,-5} {benchmark,-45} {outcome}");
        return outcome == "ok" ? 0 : 1;
    }
}
