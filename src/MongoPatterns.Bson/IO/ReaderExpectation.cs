namespace MongoPatterns.Bson.IO;

/// <summary>What a <see cref="BsonBinaryReader"/> expects to be asked for next.</summary>
internal enum ReaderExpectation : byte
{
    /// <summary>Outside any document: a top-level document (or the end of input).</summary>
    TopLevel,

    /// <summary>Inside a document: the next element (TryReadNextElement) or its end.</summary>
    Element,

    /// <summary>After an element's type: its name.</summary>
    Name,

    /// <summary>After an element's name: its value.</summary>
    Value,

    /// <summary>After a code-with-scope's code: its scope document.</summary>
    Scope,

    /// <summary>After a code-with-scope's scope: ReadEndJavaScriptWithScope.</summary>
    ScopeEnd,
}
