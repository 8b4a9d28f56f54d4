namespace MongoPatterns.Bson.Tests.Corpus;

/// <summary>One <c>valid</c> entry of a BSON corpus file (fields as named in the bson-corpus spec; hex strings as given).</summary>
/// <param name="Id">The case id used as xunit theory data.</param>
/// <param name="File">The file the case comes from.</param>
/// <param name="Description">The case description.</param>
/// <param name="CanonicalBson">The canonical encoding, hex.</param>
/// <param name="CanonicalExtJson">The canonical Extended JSON.</param>
/// <param name="RelaxedExtJson">The relaxed Extended JSON, when given.</param>
/// <param name="DegenerateBson">A non-canonical encoding of the same value, hex, when given.</param>
/// <param name="DegenerateExtJson">A non-canonical Extended JSON, when given.</param>
/// <param name="ConvertedBson">The encoding after converting deprecated types, hex, when given.</param>
/// <param name="ConvertedExtJson">The Extended JSON after converting deprecated types, when given.</param>
/// <param name="Lossy">Whether the Extended JSON round trip loses information.</param>
public sealed record BsonCorpusValidCase(
    string Id,
    BsonCorpusFile File,
    string Description,
    string CanonicalBson,
    string CanonicalExtJson,
    string? RelaxedExtJson,
    string? DegenerateBson,
    string? DegenerateExtJson,
    string? ConvertedBson,
    string? ConvertedExtJson,
    bool Lossy);
