namespace MongoPatterns.Embedded.Query;

/// <summary>The shape of a predicate the planner can answer from an index.</summary>
internal enum IndexablePredicateKind
{
    /// <summary>Equality with one value (<c>{a: 5}</c>, <c>{a: {$eq: 5}}</c>).</summary>
    Equality,

    /// <summary>Equality with any of several values (<c>$in</c>).</summary>
    In,

    /// <summary>A range (<c>$gt</c>, <c>$gte</c>, <c>$lt</c>, <c>$lte</c>), bounds within one type bracket.</summary>
    Range,
}
