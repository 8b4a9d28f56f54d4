namespace MongoPatterns.Embedded.Projection;

/// <summary>What a node of a parsed projection does with its field.</summary>
internal enum ProjectionNodeKind
{
    /// <summary>A level of nested fields (<c>a</c> in <c>{"a.b": 1}</c>).</summary>
    Subtree,

    /// <summary><c>field: 1</c>.</summary>
    Include,

    /// <summary><c>field: 0</c>.</summary>
    Exclude,

    /// <summary>A computed value (<c>{a: "$b"}</c>, <c>{a: {$literal: 1}}</c>).</summary>
    Expression,

    /// <summary><c>{$slice: n}</c> or <c>{$slice: [skip, limit]}</c>.</summary>
    Slice,

    /// <summary><c>{$elemMatch: {...}}</c>.</summary>
    ElemMatch,

    /// <summary>The path of a positional projection (<c>"a.$": 1</c>).</summary>
    Positional,

    /// <summary><c>{$meta: "textScore"}</c>.</summary>
    TextScore,
}
