namespace MongoPatterns.Bson.IO;

/// <summary>One open document, array or code-with-scope in a <see cref="BsonBinaryWriter"/>.</summary>
internal struct WriterFrame
{
    /// <summary>The buffer position of the frame's length prefix.</summary>
    public int Start;

    /// <summary>The frame kind.</summary>
    public WriterFrameKind Kind;

    /// <summary>For arrays: the index of the next element.</summary>
    public int NextIndex;

    /// <summary>For code-with-scope: whether the scope document has been written.</summary>
    public bool ScopeWritten;

    /// <summary>The buffer position of the current element's name bytes (for error paths), or -1.</summary>
    public int NamePosition;
}
