using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Projection;

/// <summary>A node of a parsed projection: a field's treatment, or a level of nested fields in specification order.</summary>
internal sealed class ProjectionNode
{
    private readonly List<(string Name, ProjectionNode Node)> _children = [];
    private readonly Dictionary<string, ProjectionNode> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates a node.</summary>
    /// <param name="kind">The node's kind.</param>
    public ProjectionNode(ProjectionNodeKind kind) => Kind = kind;

    /// <summary>Gets the node's kind.</summary>
    public ProjectionNodeKind Kind { get; }

    /// <summary>Gets or sets the expression of an <see cref="ProjectionNodeKind.Expression"/> node.</summary>
    public AggregationExpression? Expression { get; init; }

    /// <summary>Gets or sets the filter of an <see cref="ProjectionNodeKind.ElemMatch"/> node (<c>{field: {$elemMatch: ...}}</c>).</summary>
    public QueryFilter? ElemMatch { get; init; }

    /// <summary>Gets the children of a subtree, in specification order.</summary>
    public IReadOnlyList<(string Name, ProjectionNode Node)> Children => _children;

    /// <summary>Gets a value indicating whether the subtree holds computed fields (expressions, <c>$meta</c>, <c>$elemMatch</c>).</summary>
    public bool HasComputed { get; private set; }

    /// <summary>Gets a value indicating whether this node computes its value.</summary>
    public bool IsComputed => Kind is ProjectionNodeKind.Expression or ProjectionNodeKind.TextScore or ProjectionNodeKind.ElemMatch;

    /// <summary>Looks a child up.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="child">Receives the child.</param>
    /// <returns>Whether it exists.</returns>
    public bool TryGetChild(string name, out ProjectionNode child) => _byName.TryGetValue(name, out child!);

    /// <summary>Adds a child.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="child">The child.</param>
    public void Add(string name, ProjectionNode child)
    {
        _children.Add((name, child));
        _byName.Add(name, child);
        HasComputed |= child.IsComputed || child.HasComputed;
    }

    /// <summary>Removes a child.</summary>
    /// <param name="name">The field name.</param>
    public void Remove(string name)
    {
        if (_byName.Remove(name))
        {
            _children.RemoveAll(child => child.Name == name);
        }
    }

    /// <summary>Recomputes <see cref="HasComputed"/> after children were added below an existing subtree.</summary>
    /// <returns>The refreshed value.</returns>
    public bool RefreshComputed()
    {
        var computed = false;
        foreach (var (_, child) in _children)
        {
            computed |= child.IsComputed || (child.Kind == ProjectionNodeKind.Subtree && child.RefreshComputed());
        }

        HasComputed = computed;
        return computed;
    }
}
