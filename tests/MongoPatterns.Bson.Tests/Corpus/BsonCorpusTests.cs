using MongoPatterns.Bson.IO;
using Xunit.Abstractions;

namespace MongoPatterns.Bson.Tests.Corpus;

[Trait("Spec", "bson-corpus")]
public sealed class BsonCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void SpecDirectory_IsPresent()
    {
        if (SpecDirectory.GetFolder("bson-corpus") is { } folder)
        {
            output.WriteLine($"BSON corpus: {folder} ({BsonCorpus.ValidCases.Count} valid, {BsonCorpus.DecodeErrorCases.Count} decode error cases)");
            Assert.NotEmpty(BsonCorpus.ValidCases);
            return;
        }

        output.WriteLine(SpecDirectory.MissingMessage);
        Assert.False(SpecDirectory.IsRequired, SpecDirectory.MissingMessage);
    }

    [Theory]
    [MemberData(nameof(BsonCorpus.ValidCaseIds), MemberType = typeof(BsonCorpus))]
    public void CanonicalBson_DecodesAndReencodesToTheSameBytes(string caseId)
    {
        if (caseId == BsonCorpus.MissingCaseId)
        {
            output.WriteLine(SpecDirectory.MissingMessage);
            return;
        }

        var testCase = BsonCorpus.GetValid(caseId);
        var canonical = Convert.FromHexString(testCase.CanonicalBson);

        var document = BsonDocument.FromBson(canonical);

        Assert.Equal(testCase.CanonicalBson, Convert.ToHexString(document.ToBson()), ignoreCase: true);
        Assert.Equal(document, BsonDocument.FromBson(document.ToBson()));
        Assert.Equal(0, BsonValueComparer.Instance.Compare(document, document.DeepClone()));
    }

    [Theory]
    [MemberData(nameof(BsonCorpus.ValidCaseIds), MemberType = typeof(BsonCorpus))]
    public void CanonicalBson_ReadsLazilyThroughRawBsonDocument(string caseId)
    {
        if (caseId == BsonCorpus.MissingCaseId)
        {
            return;
        }

        var testCase = BsonCorpus.GetValid(caseId);
        var canonical = Convert.FromHexString(testCase.CanonicalBson);

        var raw = new RawBsonDocument(canonical);
        var rebuilt = new BsonDocument(allowDuplicateNames: true).AddRange(raw);

        Assert.Equal(testCase.CanonicalBson, Convert.ToHexString(rebuilt.ToBson()), ignoreCase: true);
        Assert.Equal(rebuilt.ElementCount, raw.ElementCount);
        foreach (var element in rebuilt)
        {
            Assert.True(raw.TryGetValue(element.Name, out var value));
            Assert.Equal(rebuilt[element.Name], value);
        }
    }

    [Theory]
    [MemberData(nameof(BsonCorpus.ValidCaseIds), MemberType = typeof(BsonCorpus))]
    public void CanonicalBson_SkipsEveryValueStructurally(string caseId)
    {
        if (caseId == BsonCorpus.MissingCaseId)
        {
            return;
        }

        var canonical = Convert.FromHexString(BsonCorpus.GetValid(caseId).CanonicalBson);

        var reader = new BsonBinaryReader(canonical);
        reader.ReadStartDocument();
        while (reader.TryReadNextElement(out var type))
        {
            reader.SkipName();
            reader.SkipValue(type);
        }

        reader.ReadEndDocument();
        Assert.True(reader.IsAtEnd);
    }

    [Theory]
    [MemberData(nameof(BsonCorpus.DegenerateBsonCaseIds), MemberType = typeof(BsonCorpus))]
    public void DegenerateBson_DecodesAndReencodesToCanonicalBson(string caseId)
    {
        if (caseId == BsonCorpus.MissingCaseId)
        {
            return;
        }

        var testCase = BsonCorpus.GetValid(caseId);
        var degenerate = Convert.FromHexString(testCase.DegenerateBson!);

        var document = BsonDocument.FromBson(degenerate);

        Assert.Equal(testCase.CanonicalBson, Convert.ToHexString(document.ToBson()), ignoreCase: true);
    }

    [Theory]
    [MemberData(nameof(BsonCorpus.DecodeErrorCaseIds), MemberType = typeof(BsonCorpus))]
    public void DecodeError_IsRejectedWithBsonSerializationException(string caseId)
    {
        if (caseId == BsonCorpus.MissingCaseId)
        {
            return;
        }

        var bytes = Convert.FromHexString(BsonCorpus.GetDecodeError(caseId).Bson);

        var exception = Assert.Throws<BsonSerializationException>(() => BsonDocument.FromBson(bytes));

        output.WriteLine(exception.Message);
        Assert.NotNull(exception.Offset);
        Assert.InRange(exception.Offset!.Value, 0, bytes.Length);
    }

    [Theory]
    [MemberData(nameof(BsonCorpus.DecodeErrorCaseIds), MemberType = typeof(BsonCorpus))]
    public void DecodeError_IsRejectedByRawBsonDocumentWhenMaterialized(string caseId)
    {
        if (caseId == BsonCorpus.MissingCaseId)
        {
            return;
        }

        var bytes = Convert.FromHexString(BsonCorpus.GetDecodeError(caseId).Bson);

        Assert.Throws<BsonSerializationException>(() => new RawBsonDocument(bytes).ToList());
    }
}
