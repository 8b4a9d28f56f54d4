namespace MongoPatterns.Driver.Core.WireProtocol;

/// <summary>The wire protocol message types this driver sends or receives.</summary>
internal enum OpCode
{
    /// <summary>OP_REPLY: the reply to an OP_QUERY (only used for the initial handshake).</summary>
    Reply = 1,

    /// <summary>OP_QUERY: only used for the first message of the handshake.</summary>
    Query = 2004,

    /// <summary>OP_COMPRESSED: not negotiated, so never expected.</summary>
    Compressed = 2012,

    /// <summary>OP_MSG: every command after the first handshake message.</summary>
    Message = 2013,
}
