using System.Text.Json;
using MongoPatterns.Bson.Json;
using Xunit.Abstractions;

namespace MongoPatterns.Bson.Tests.Corpus;

/// <summary>
/// The Extended JSON assertions of the BSON corpus (source/bson-corpus/bson-corpus.md, "Testing validity" for codecs
/// with a native representation, and "Testing parsing errors"), one theory row per corpus case. Binary round trips and
/// decode errors are covered case by case in <see cref="BsonCorpusTests"/>.
/// </summary>
[Trait("Spec", "bson-corpus")]
public sealed class ExtendedJsonCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Corpus_CaseCounts_AreReported()
    {
        Skip.IfNot(BsonCorpus.IsAvailable, SpecDirectory.MissingMessage);

        output.WriteLine(
            $"{BsonCorpus.Files.Count} files, {BsonCorpus.CaseCount} cases: {BsonCorpus.ValidCases.Count} valid, "
            + $"{BsonCorpus.DecodeErrorCases.Count} decodeErrors, {BsonCorpus.ParseErrorCases.Count} parseErrors "
            + $"({BsonCorpus.ParseErrorCases.Count(c => c.IsDecimal128String)} of them Decimal128 strings)");
        Assert.Equal(BsonCorpus.CaseCount, BsonCorpus.ValidCases.Count + BsonCorpus.DecodeErrorCases.Count + BsonCorpus.ParseErrorCases.Count);
        Assert.NotEmpty(BsonCorpus.ParseErrorCases);
    }

    [SkippableTheory]
    [MemberData(nameof(BsonCorpus.ValidCaseIds), MemberType = typeof(BsonCorpus))]
    public void ValidCase_ConvertsBetweenBsonAndExtendedJsonInEveryDirection(string caseId)
    {
        Skip.If(caseId == BsonCorpus.MissingCaseId, SpecDirectory.MissingMessage);
        var testCase = BsonCorpus.GetValid(caseId);
        var canonicalExtJson = testCase.CanonicalExtJson;
        var relaxedExtJson = testCase.RelaxedExtJson;

        // cB: native_to_canonical_extended_json(bson_to_native(cB)) = cEJ, and the same for rEJ when given.
        var fromCanonicalBson = BsonDocument.FromBson(Convert.FromHexString(testCase.CanonicalBson));
        NormalizedJson.AssertEqual(canonicalExtJson, fromCanonicalBson.ToJson(JsonWriterSettings.Canonical), "cB → cEJ");
        if (relaxedExtJson is not null)
        {
            NormalizedJson.AssertEqual(relaxedExtJson, fromCanonicalBson.ToJson(JsonWriterSettings.Relaxed), "cB → rEJ");
        }

        // cEJ: native_to_canonical_extended_json(json_to_native(cEJ)) = cEJ; native_to_bson(json_to_native(cEJ)) = cB unless lossy.
        var fromCanonicalJson = BsonDocument.Parse(canonicalExtJson);
        NormalizedJson.AssertEqual(canonicalExtJson, fromCanonicalJson.ToJson(JsonWriterSettings.Canonical), "cEJ → cEJ");
        if (!testCase.Lossy)
        {
            AssertBson(testCase.CanonicalBson, fromCanonicalJson.ToBson(), "cEJ → cB");
        }

        // dB: native_to_bson(bson_to_native(dB)) = cB, and its Extended JSON is the canonical one.
        if (testCase.DegenerateBson is { } degenerateBson)
        {
            var fromDegenerateBson = BsonDocument.FromBson(Convert.FromHexString(degenerateBson));
            AssertBson(testCase.CanonicalBson, fromDegenerateBson.ToBson(), "dB → cB");
            NormalizedJson.AssertEqual(canonicalExtJson, fromDegenerateBson.ToJson(JsonWriterSettings.Canonical), "dB → cEJ");
            if (relaxedExtJson is not null)
            {
                NormalizedJson.AssertEqual(relaxedExtJson, fromDegenerateBson.ToJson(JsonWriterSettings.Relaxed), "dB → rEJ");
            }
        }

        // dEJ: native_to_canonical_extended_json(json_to_native(dEJ)) = cEJ; native_to_bson(json_to_native(dEJ)) = cB unless lossy.
        if (testCase.DegenerateExtJson is { } degenerateExtJson)
        {
            var fromDegenerateJson = BsonDocument.Parse(degenerateExtJson);
            NormalizedJson.AssertEqual(canonicalExtJson, fromDegenerateJson.ToJson(JsonWriterSettings.Canonical), "dEJ → cEJ");
            if (!testCase.Lossy)
            {
                AssertBson(testCase.CanonicalBson, fromDegenerateJson.ToBson(), "dEJ → cB");
            }
        }

        // rEJ: native_to_relaxed_extended_json(json_to_native(rEJ)) = rEJ.
        if (relaxedExtJson is not null)
        {
            NormalizedJson.AssertEqual(relaxedExtJson, BsonDocument.Parse(relaxedExtJson).ToJson(JsonWriterSettings.Relaxed), "rEJ → rEJ");
        }

        // converted_bson / converted_extjson (deprecated types replaced by current ones) must describe each other too.
        if (testCase.ConvertedBson is { } convertedBson)
        {
            var fromConvertedBson = BsonDocument.FromBson(Convert.FromHexString(convertedBson));
            AssertBson(convertedBson, fromConvertedBson.ToBson(), "converted_bson → converted_bson");
            if (testCase.ConvertedExtJson is { } expected)
            {
                NormalizedJson.AssertEqual(expected, fromConvertedBson.ToJson(JsonWriterSettings.Canonical), "converted_bson → converted_extjson");
            }
        }

        if (testCase.ConvertedExtJson is { } convertedExtJson)
        {
            var fromConvertedJson = BsonDocument.Parse(convertedExtJson);
            NormalizedJson.AssertEqual(convertedExtJson, fromConvertedJson.ToJson(JsonWriterSettings.Canonical), "converted_extjson → converted_extjson");
            if (testCase.ConvertedBson is { } expected)
            {
                AssertBson(expected, fromConvertedJson.ToBson(), "converted_extjson → converted_bson");
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(BsonCorpus.ParseErrorCaseIds), MemberType = typeof(BsonCorpus))]
    public void ParseErrorCase_IsRejected(string caseId)
    {
        Skip.If(caseId == BsonCorpus.MissingCaseId, SpecDirectory.MissingMessage);
        var testCase = BsonCorpus.GetParseError(caseId);

        if (testCase.IsDecimal128String)
        {
            // Type 0x13: the string must not convert to a Decimal128, neither directly nor as a $numberDecimal wrapper.
            Assert.Throws<FormatException>(() => Decimal128.Parse(testCase.Text));
            var json = $"{{\"d\": {{\"$numberDecimal\": {JsonSerializer.Serialize(testCase.Text)}}}}}";
            var wrapperError = Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse(json));
            output.WriteLine(wrapperError.Message);
            return;
        }

        // Types 0x00 and 0x05: an Extended JSON document. A plain JSON parser must accept it, so the error is Extended
        // JSON specific; the Extended JSON parser must reject it.
        using (JsonDocument.Parse(testCase.Text))
        {
        }

        var error = Assert.Throws<BsonSerializationException>(() => BsonDocument.Parse(testCase.Text));
        output.WriteLine(error.Message);
        Assert.NotNull(error.Offset);
        Assert.False(BsonDocument.TryParse(testCase.Text, out var document));
        Assert.Null(document);
    }

    private static void AssertBson(string expectedHex, byte[] actual, string step)
    {
        var actualHex = Convert.ToHexString(actual);
        if (!string.Equals(expectedHex, actualHex, StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{step}:{Environment.NewLine}expected {expectedHex.ToUpperInvariant()}{Environment.NewLine}actual   {actualHex}");
        }
    }
}
