namespace MongoPatterns.Bson.Tests.Corpus;

/// <summary>One file of the BSON corpus (e.g. <c>string.json</c>).</summary>
/// <param name="Name">The file name without extension.</param>
/// <param name="Description">The file description.</param>
/// <param name="BsonType">The BSON type byte under test, as written in the file (e.g. "0x02").</param>
/// <param name="TestKey">The name of the field holding the value under test, when given.</param>
/// <param name="Deprecated">Whether the file tests deprecated types.</param>
public sealed record BsonCorpusFile(string Name, string Description, string BsonType, string? TestKey, bool Deprecated);
