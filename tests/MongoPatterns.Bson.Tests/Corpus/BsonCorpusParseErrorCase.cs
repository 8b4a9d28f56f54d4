namespace MongoPatterns.Bson.Tests.Corpus;

/// <summary>One <c>parseErrors</c> entry of a BSON corpus file: a string (Extended JSON or decimal text) that must be rejected.</summary>
/// <param name="Id">The case id used as xunit theory data.</param>
/// <param name="File">The file the case comes from.</param>
/// <param name="Description">The case description.</param>
/// <param name="Text">The invalid input.</param>
public sealed record BsonCorpusParseErrorCase(string Id, BsonCorpusFile File, string Description, string Text);
