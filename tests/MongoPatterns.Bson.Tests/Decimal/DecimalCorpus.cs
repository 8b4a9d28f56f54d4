using System.Buffers.Binary;
using System.Text.Json;

namespace MongoPatterns.Bson.Tests.Decimal;

/// <summary>
/// Finds and reads the decimal128 files of the BSON corpus (mongodb/specifications, source/bson-corpus) from
/// <c>$MONGOPATTERNS_SPEC_DIR/bson-corpus</c> or <c>../shared/spec-tests/bson-corpus</c> next to the repository root.
/// </summary>
public static class DecimalCorpus
{
    /// <summary>The environment variable that names the spec-tests folder.</summary>
    public const string SpecDirectoryVariable = "MONGOPATTERNS_SPEC_DIR";

    private static readonly Lazy<string?> LazyDirectory = new(Locate);

    /// <summary>Gets the corpus folder, or null when it is absent.</summary>
    public static string? Directory => LazyDirectory.Value;

    /// <summary>Gets the explanation reported and used as skip reason when the corpus is absent.</summary>
    public static string MissingMessage =>
        $"BSON corpus not found: set {SpecDirectoryVariable} to a folder containing bson-corpus/decimal128-*.json, " +
        "or place it at ../shared/spec-tests/bson-corpus relative to the repository root (the folder with MongoPatterns.sln).";

    /// <summary>Reads every decimal128 corpus file; empty when the corpus is absent.</summary>
    public static IReadOnlyList<DecimalCorpusFile> Files => LazyFiles.Value;

    private static readonly Lazy<IReadOnlyList<DecimalCorpusFile>> LazyFiles = new(ReadFiles);

    /// <summary>Extracts the Decimal128 in the <c>d</c> field of a corpus <c>canonical_bson</c> document.</summary>
    /// <param name="canonicalBsonHex">The document as hex: length, 0x13, "d\0", 16 value bytes, 0x00.</param>
    /// <returns>The value: the low 8 bytes come first, both halves little endian.</returns>
    public static Decimal128 ReadValue(string canonicalBsonHex)
    {
        var bytes = Convert.FromHexString(canonicalBsonHex);
        Assert.Equal(24, bytes.Length);
        Assert.Equal(24, BinaryPrimitives.ReadInt32LittleEndian(bytes));
        Assert.Equal(0x13, bytes[4]);
        Assert.Equal((byte)'d', bytes[5]);
        Assert.Equal(0, bytes[6]);
        Assert.Equal(0, bytes[23]);
        var low = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(7, 8));
        var high = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(15, 8));
        return new Decimal128(high, low);
    }

    /// <summary>Extracts the <c>$numberDecimal</c> string of the <c>d</c> field from an Extended JSON document.</summary>
    /// <param name="extendedJson">The document, e.g. <c>{"d" : {"$numberDecimal" : "1.0"}}</c>.</param>
    /// <returns>The string.</returns>
    public static string ReadNumberDecimal(string extendedJson)
    {
        using var document = JsonDocument.Parse(extendedJson);
        return document.RootElement.GetProperty("d").GetProperty("$numberDecimal").GetString()
               ?? throw new InvalidDataException($"No $numberDecimal string in {extendedJson}");
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(SpecDirectoryVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return HasDecimalFiles(Path.Combine(configured, "bson-corpus"));
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MongoPatterns.sln")))
            {
                return HasDecimalFiles(Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "spec-tests", "bson-corpus")));
            }
        }

        return null;
    }

    private static string? HasDecimalFiles(string directory) =>
        System.IO.Directory.Exists(directory) && System.IO.Directory.EnumerateFiles(directory, "decimal128-*.json").Any()
            ? directory
            : null;

    private static List<DecimalCorpusFile> ReadFiles()
    {
        if (Directory is null)
        {
            return [];
        }

        return System.IO.Directory.EnumerateFiles(Directory, "decimal128-*.json")
            .Order(StringComparer.Ordinal)
            .Select(DecimalCorpusFile.Read)
            .ToList();
    }
}
