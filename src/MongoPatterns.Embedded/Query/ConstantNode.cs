using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>A node with a fixed answer (<c>{}</c>, <c>$alwaysTrue</c>, <c>$alwaysFalse</c>).</summary>
internal sealed class ConstantNode : QueryNode
{
    private readonly bool _result;

    private ConstantNode(bool result) => _result = result;

    /// <summary>Gets the node that matches everything.</summary>
    public static ConstantNode True { get; } = new(true);

    /// <summary>Gets the node that matches nothing.</summary>
    public static ConstantNode False { get; } = new(false);

    /// <inheritdoc/>
    public override bool Matches(BsonDocument document, MatchDetails? details) => _result;
}
