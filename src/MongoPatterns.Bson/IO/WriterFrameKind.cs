namespace MongoPatterns.Bson.IO;

/// <summary>What a <see cref="BsonBinaryWriter"/> frame is writing.</summary>
internal enum WriterFrameKind : byte
{
    /// <summary>A top-level or embedded document.</summary>
    Document,

    /// <summary>An array (element names are generated).</summary>
    Array,

    /// <summary>The scope document of a code-with-scope value.</summary>
    ScopeDocument,

    /// <summary>The code-with-scope envelope: length, code, then the scope document.</summary>
    JavaScriptWithScope,
}
