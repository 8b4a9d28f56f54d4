using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>whatsmyuri</c>: the client's address.</summary>
internal sealed class WhatsMyUriCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["whatsmyuri"];

    /// <inheritdoc />
    public override bool RequiresAuthentication => false;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Replies.Ok(new BsonDocument("you", context.Connection.RemoteAddress));
    }
}
