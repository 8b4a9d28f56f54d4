namespace MongoPatterns.Bson.Tests.Decimal;

/// <summary>A <c>parseErrors</c> corpus case.</summary>
/// <param name="Name">File, index and description.</param>
/// <param name="Text">The string that must be rejected.</param>
public sealed record DecimalCorpusParseError(string Name, string Text);
