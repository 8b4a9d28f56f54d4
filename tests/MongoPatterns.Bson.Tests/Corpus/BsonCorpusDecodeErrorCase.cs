namespace MongoPatterns.Bson.Tests.Corpus;

/// <summary>One <c>decodeErrors</c> entry of a BSON corpus file: bytes that must be rejected.</summary>
/// <param name="Id">The case id used as xunit theory data.</param>
/// <param name="File">The file the case comes from.</param>
/// <param name="Description">The case description.</param>
/// <param name="Bson">The invalid bytes, hex.</param>
public sealed record BsonCorpusDecodeErrorCase(string Id, BsonCorpusFile File, string Description, string Bson);
