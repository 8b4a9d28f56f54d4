namespace MongoPatterns.Bson.IO;

/// <summary>What a <see cref="BsonBinaryReader"/> frame is reading.</summary>
internal enum ReaderFrameKind : byte
{
    /// <summary>A top-level, embedded or scope document.</summary>
    Document,

    /// <summary>An array.</summary>
    Array,

    /// <summary>A code-with-scope envelope (no terminator of its own).</summary>
    JavaScriptWithScope,
}
