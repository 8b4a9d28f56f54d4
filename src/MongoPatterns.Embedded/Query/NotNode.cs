using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>A negated sub-query: <c>$ne</c>, <c>$nin</c>, <c>$not</c>, <c>$exists: false</c> on a field (the whole path match is negated).</summary>
internal sealed class NotNode : QueryNode
{
    private readonly QueryNode _child;

    /// <summary>Creates the negation.</summary>
    /// <param name="child">The negated node.</param>
    public NotNode(QueryNode child) => _child = child;

    /// <inheritdoc/>
    public override bool Matches(BsonDocument document, MatchDetails? details) => !_child.Matches(document, null);
}
