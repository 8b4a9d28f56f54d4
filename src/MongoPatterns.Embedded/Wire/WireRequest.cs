using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Wire;

/// <summary>A parsed command request.</summary>
internal sealed class WireRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="kind">How it arrived.</param>
    /// <param name="requestId">The client's request id (the reply's <c>responseTo</c>).</param>
    /// <param name="command">The command document, document sequences merged in as array fields.</param>
    /// <param name="database">The target database (<c>$db</c>, or the namespace of a legacy query); null when absent.</param>
    /// <param name="flags">The OP_MSG flags (none for legacy queries).</param>
    public WireRequest(WireRequestKind kind, int requestId, BsonDocument command, string? database, OpMessageFlags flags)
    {
        Kind = kind;
        RequestId = requestId;
        Command = command;
        Database = database;
        Flags = flags;
    }

    /// <summary>Gets how the request arrived.</summary>
    public WireRequestKind Kind { get; }

    /// <summary>Gets the client's request id.</summary>
    public int RequestId { get; }

    /// <summary>Gets the command document.</summary>
    public BsonDocument Command { get; }

    /// <summary>Gets the target database, or null when the request did not name one.</summary>
    public string? Database { get; }

    /// <summary>Gets the OP_MSG flags.</summary>
    public OpMessageFlags Flags { get; }

    /// <summary>Gets a value indicating whether the client expects no reply (<c>moreToCome</c>).</summary>
    public bool MoreToCome => (Flags & OpMessageFlags.MoreToCome) != 0;
}
