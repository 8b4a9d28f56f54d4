namespace MongoPatterns.Bson.IO;

/// <summary>One open document, array or code-with-scope in a <see cref="BsonBinaryReader"/>.</summary>
internal struct ReaderFrame
{
    /// <summary>The input offset of the frame's length prefix.</summary>
    public int Start;

    /// <summary>The input offset just past the frame, from its declared length.</summary>
    public int End;

    /// <summary>The input offset of the current element's name, or -1 (for error paths).</summary>
    public int NameStart;

    /// <summary>The frame kind.</summary>
    public ReaderFrameKind Kind;

    /// <summary>Gets the offset that element content must not reach: the terminator for documents, the end for code-with-scope.</summary>
    public readonly int ContentLimit => Kind == ReaderFrameKind.JavaScriptWithScope ? End : End - 1;
}
