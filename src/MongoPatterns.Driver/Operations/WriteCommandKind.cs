namespace MongoPatterns.Driver.Operations;

/// <summary>The three write commands a bulk write is split into.</summary>
internal enum WriteCommandKind
{
    /// <summary>The <c>insert</c> command (sequence <c>documents</c>).</summary>
    Insert,

    /// <summary>The <c>update</c> command (sequence <c>updates</c>).</summary>
    Update,

    /// <summary>The <c>delete</c> command (sequence <c>deletes</c>).</summary>
    Delete,
}
