namespace MongoPatterns.Bson.Tests.Corpus;

/// <summary>One <c>parseErrors</c> entry of a BSON corpus file: a string (Extended JSON or decimal text) that must be rejected.</summary>
/// <param name="Id">The case id used as xunit theory data.</param>
/// <param name="File">The file the case comes from.</param>
/// <param name="Description">The case description.</param>
/// <param name="Text">The invalid input.</param>
/// <remarks>
/// What the text is depends on the file (bson-corpus spec, "Testing parsing errors"): for Decimal128 files (type 0x13)
/// it is a <c>$numberDecimal</c> string for a Decimal128 parser; for the others (0x00 top-level, 0x05 binary) a whole
/// Extended JSON document.
/// </remarks>
public sealed record BsonCorpusParseErrorCase(string Id, BsonCorpusFile File, string Description, string Text)
{
    /// <summary>Gets a value indicating whether <see cref="Text"/> is a Decimal128 string rather than an Extended JSON document.</summary>
    public bool IsDecimal128String => string.Equals(File.BsonType, "0x13", StringComparison.OrdinalIgnoreCase);
}
