namespace MongoPatterns.Driver;

/// <summary>A coarse classification of server errors, for callers that want to react to the common cases.</summary>
public enum ServerErrorCategory
{
    /// <summary>Any error not covered by another category.</summary>
    Uncategorized,

    /// <summary>A unique index rejected the write (codes 11000, 11001, 12582).</summary>
    DuplicateKey,

    /// <summary>The operation exceeded its <c>maxTimeMS</c> (code 50).</summary>
    ExecutionTimeout,
}
