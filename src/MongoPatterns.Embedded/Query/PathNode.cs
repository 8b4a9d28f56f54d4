using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>A predicate on the values of one dotted path, with implicit array traversal.</summary>
internal sealed class PathNode : QueryNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="path">The path.</param>
    /// <param name="predicate">The predicate.</param>
    public PathNode(FieldPath path, ValuePredicate predicate)
    {
        Path = path;
        Predicate = predicate;
    }

    /// <summary>Gets the path.</summary>
    public FieldPath Path { get; }

    /// <summary>Gets the predicate.</summary>
    public ValuePredicate Predicate { get; }

    /// <inheritdoc/>
    public override bool Matches(BsonDocument document, MatchDetails? details)
    {
        if (!PathWalker.Matches(document, Path, Predicate, out var offset))
        {
            return false;
        }

        if (details is not null && offset >= 0)
        {
            details.PositionalIndex = offset;
        }

        return true;
    }
}
