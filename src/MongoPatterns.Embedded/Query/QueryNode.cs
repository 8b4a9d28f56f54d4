using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>A compiled piece of a query filter that tests a whole document.</summary>
internal abstract class QueryNode
{
    /// <summary>Tests a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="details">Receives the positional array index and text score; <see langword="null"/> when not needed.</param>
    /// <returns>Whether the document matches.</returns>
    public abstract bool Matches(BsonDocument document, MatchDetails? details);
}
