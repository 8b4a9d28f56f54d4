using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary><c>$nor</c>: no child matches.</summary>
internal sealed class NorNode : QueryNode
{
    private readonly QueryNode[] _children;

    /// <summary>Creates the node.</summary>
    /// <param name="children">The children.</param>
    public NorNode(IReadOnlyList<QueryNode> children) => _children = [.. children];

    /// <inheritdoc/>
    public override bool Matches(BsonDocument document, MatchDetails? details)
    {
        foreach (var child in _children)
        {
            if (child.Matches(document, null))
            {
                return false;
            }
        }

        return true;
    }
}
