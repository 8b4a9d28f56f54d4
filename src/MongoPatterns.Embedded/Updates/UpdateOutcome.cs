using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Updates;

/// <summary>The result of applying an update to one document.</summary>
/// <param name="Document">The new document (a new instance; the original is never modified).</param>
/// <param name="Modified">Whether the new document differs from the original.</param>
internal readonly record struct UpdateOutcome(BsonDocument Document, bool Modified);
