namespace MongoPatterns.Bson.IO;

/// <summary>Limits applied while writing BSON.</summary>
public sealed class BsonWriterSettings
{
    private readonly int _maxDocumentSize = BsonLimits.DefaultMaxDocumentSize;
    private readonly int _maxDepth = BsonLimits.DefaultMaxDepth;

    /// <summary>Gets the default settings: 16 MiB documents, depth 100.</summary>
    public static BsonWriterSettings Default { get; } = new();

    /// <summary>
    /// Gets the largest document, in bytes, that may be written (default 16 MiB, MongoDB's limit). Every document,
    /// embedded ones included, is checked.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 5.</exception>
    public int MaxDocumentSize
    {
        get => _maxDocumentSize;
        init => _maxDocumentSize = BsonLimits.ValidateMaxDocumentSize(value, nameof(MaxDocumentSize));
    }

    /// <summary>
    /// Gets the deepest nesting allowed (default 100). The top-level document is depth 1, each embedded document or
    /// array (and a code-with-scope scope) adds one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1 or above 1000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = BsonLimits.ValidateMaxDepth(value, nameof(MaxDepth));
    }
}
