namespace MongoPatterns.Embedded.Query;

/// <summary>The comparison a <see cref="ComparisonPredicate"/> performs.</summary>
internal enum ComparisonOperator
{
    /// <summary><c>$eq</c> (and implicit equality).</summary>
    Equal,

    /// <summary><c>$lt</c>.</summary>
    LessThan,

    /// <summary><c>$lte</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>$gt</c>.</summary>
    GreaterThan,

    /// <summary><c>$gte</c>.</summary>
    GreaterThanOrEqual,
}
