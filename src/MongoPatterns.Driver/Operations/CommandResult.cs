using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.WireProtocol;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// A successful reply, still in its pooled buffer: read the parts you need from <see cref="Body"/> (e.g. deserialize a
/// cursor batch in place) or materialize <see cref="Document"/>. Dispose it to return the buffer.
/// </summary>
internal sealed class CommandResult : IDisposable
{
    private static readonly BsonDocument UnacknowledgedReply = new("ok", 1);

    private readonly ResponseMessage? _message;
    private BsonDocument? _document;

    /// <summary>Wraps a reply.</summary>
    public CommandResult(ResponseMessage message, ReplyFields fields)
    {
        _message = message;
        Fields = fields;
    }

    private CommandResult()
    {
        _document = UnacknowledgedReply;
        IsUnacknowledged = true;
    }

    /// <summary>Gets the result of an unacknowledged write, which has no reply.</summary>
    public static CommandResult Unacknowledged { get; } = new();

    /// <summary>Gets a value indicating whether the write was unacknowledged.</summary>
    public bool IsUnacknowledged { get; }

    /// <summary>Gets the fields the driver reads from every reply.</summary>
    public ReplyFields Fields { get; }

    /// <summary>Gets the encoded reply (empty for unacknowledged writes).</summary>
    public ReadOnlySpan<byte> Body => _message is null ? [] : _message.Body;

    /// <summary>Gets the reply as a document (decoded on first use).</summary>
    public BsonDocument Document => _document ??= BsonDocument.FromBson(Body);

    /// <inheritdoc />
    public void Dispose() => _message?.Dispose();
}
