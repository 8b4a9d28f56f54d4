namespace MongoPatterns.Embedded.Wire;

/// <summary>How a command arrived, which decides how it is answered.</summary>
internal enum WireRequestKind
{
    /// <summary>OP_MSG, answered with OP_MSG.</summary>
    Message,

    /// <summary>Legacy OP_QUERY on <c>&lt;db&gt;.$cmd</c>, answered with OP_REPLY.</summary>
    LegacyQuery,
}
