using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>All children match (implicit AND of a filter's fields, <c>$and</c>). Match details flow to every child.</summary>
internal sealed class AndNode : QueryNode
{
    private readonly QueryNode[] _children;

    /// <summary>Creates the conjunction.</summary>
    /// <param name="children">The children (none means "always true").</param>
    public AndNode(IReadOnlyList<QueryNode> children) => _children = [.. children];

    /// <summary>Gets the children.</summary>
    public IReadOnlyList<QueryNode> Children => _children;

    /// <inheritdoc/>
    public override bool Matches(BsonDocument document, MatchDetails? details)
    {
        foreach (var child in _children)
        {
            if (!child.Matches(document, details))
            {
                return false;
            }
        }

        return true;
    }
}
