namespace MongoPatterns.Bson.Tests.Decimal;

/// <summary>A <c>valid</c> corpus case.</summary>
/// <param name="Name">File, index and description.</param>
/// <param name="CanonicalBson">The canonical BSON document as hex.</param>
/// <param name="CanonicalString">The <c>$numberDecimal</c> string of <c>canonical_extjson</c>.</param>
/// <param name="DegenerateString">The <c>$numberDecimal</c> string of <c>degenerate_extjson</c>, if any.</param>
/// <param name="Lossy">Whether the string form loses information (NaN variants, non-canonical encodings).</param>
public sealed record DecimalCorpusValidCase(string Name, string CanonicalBson, string CanonicalString, string? DegenerateString, bool Lossy);
