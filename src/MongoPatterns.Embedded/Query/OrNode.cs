using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary><c>$or</c>: some child matches. Like MongoDB, branches do not record positional match details.</summary>
internal sealed class OrNode : QueryNode
{
    private readonly QueryNode[] _children;

    /// <summary>Creates the disjunction.</summary>
    /// <param name="children">The children.</param>
    public OrNode(IReadOnlyList<QueryNode> children) => _children = [.. children];

    /// <summary>Gets the branches.</summary>
    public IReadOnlyList<QueryNode> Children => _children;

    /// <inheritdoc/>
    public override bool Matches(BsonDocument document, MatchDetails? details)
    {
        foreach (var child in _children)
        {
            if (child.Matches(document, null))
            {
                return true;
            }
        }

        return false;
    }
}
