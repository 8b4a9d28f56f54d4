namespace MongoPatterns.Embedded.Wire;

/// <summary>The wire protocol operation codes the server recognises.</summary>
internal enum OpCode
{
    /// <summary>Legacy reply to an <see cref="Query"/> (server to client only).</summary>
    Reply = 1,

    /// <summary>Removed legacy update.</summary>
    Update = 2001,

    /// <summary>Removed legacy insert.</summary>
    Insert = 2002,

    /// <summary>Legacy query; still used for the <c>isMaster</c>/<c>hello</c> handshake on <c>&lt;db&gt;.$cmd</c>.</summary>
    Query = 2004,

    /// <summary>Removed legacy getMore.</summary>
    GetMore = 2005,

    /// <summary>Removed legacy delete.</summary>
    Delete = 2006,

    /// <summary>Removed legacy killCursors.</summary>
    KillCursors = 2007,

    /// <summary>A compressed message (never negotiated by this server).</summary>
    Compressed = 2012,

    /// <summary>The extensible message format used for every command since MongoDB 3.6.</summary>
    Message = 2013,
}
