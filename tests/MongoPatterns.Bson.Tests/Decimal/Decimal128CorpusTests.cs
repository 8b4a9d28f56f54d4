using Xunit.Abstractions;

namespace MongoPatterns.Bson.Tests.Decimal;

/// <summary>The decimal128 cases of the BSON corpus (source/bson-corpus/tests/decimal128-*.json).</summary>
[Trait("Spec", "bson-corpus")]
public sealed class Decimal128CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_Location_IsReported()
    {
        if (DecimalCorpus.Directory is null)
        {
            output.WriteLine(DecimalCorpus.MissingMessage);
            return;
        }

        var files = DecimalCorpus.Files;
        output.WriteLine($"BSON corpus: {DecimalCorpus.Directory} ({files.Count} decimal128 files, " +
                         $"{files.Sum(f => f.Valid.Count)} valid cases, {files.Sum(f => f.ParseErrors.Count)} parse errors)");
        Assert.NotEmpty(files);
        Assert.NotEmpty(files.SelectMany(f => f.Valid));
        Assert.NotEmpty(files.SelectMany(f => f.ParseErrors));
    }

    [Theory]
    [DecimalCorpusData(DecimalCorpusCaseKind.Valid)]
    public void CanonicalBson_ToString_IsCanonicalString(string name, string canonicalBson, string canonicalString, bool lossy)
    {
        _ = name;
        _ = lossy;
        var value = DecimalCorpus.ReadValue(canonicalBson);

        Assert.Equal(canonicalString, value.ToString());
    }

    [Theory]
    [DecimalCorpusData(DecimalCorpusCaseKind.Valid)]
    public void CanonicalString_Parse_IsCanonicalBits(string name, string canonicalBson, string canonicalString, bool lossy)
    {
        _ = name;
        var expected = DecimalCorpus.ReadValue(canonicalBson);

        var parsed = Decimal128.Parse(canonicalString);

        Assert.Equal(canonicalString, parsed.ToString());
        if (!lossy)
        {
            Assert.Equal(Hex(expected), Hex(parsed));
        }
    }

    [Theory]
    [DecimalCorpusData(DecimalCorpusCaseKind.Degenerate)]
    public void DegenerateString_Parse_IsCanonical(string name, string canonicalBson, string canonicalString, string degenerateString, bool lossy)
    {
        _ = name;
        var expected = DecimalCorpus.ReadValue(canonicalBson);

        var parsed = Decimal128.Parse(degenerateString);

        Assert.Equal(canonicalString, parsed.ToString());
        if (!lossy)
        {
            Assert.Equal(Hex(expected), Hex(parsed));
        }
    }

    [Theory]
    [DecimalCorpusData(DecimalCorpusCaseKind.ParseError)]
    public void ParseErrorString_Parse_ThrowsFormatException(string name, string text)
    {
        _ = name;

        var exception = Assert.Throws<FormatException>(() => Decimal128.Parse(text));

        Assert.Contains("not a valid Decimal128", exception.Message, StringComparison.Ordinal);
        Assert.False(Decimal128.TryParse(text, out var result));
        Assert.Equal(default, result);
    }

    private static string Hex(Decimal128 value) => $"{value.HighBits:X16}{value.LowBits:X16}";
}
