namespace MongoPatterns.Embedded.Commands;

/// <summary><c>ping</c>: <c>{ ok: 1 }</c>.</summary>
internal sealed class PingCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["ping"];

    /// <inheritdoc />
    public override bool RequiresAuthentication => false;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context) => Replies.Ok();
}
