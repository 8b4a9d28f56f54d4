namespace MongoPatterns.Embedded.Commands;

/// <summary><c>logout</c>: forgets the connection's authentication.</summary>
internal sealed class LogoutCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["logout"];

    /// <inheritdoc />
    public override bool RequiresAuthentication => false;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Connection.AuthenticatedUser = null;
        return Replies.Ok();
    }
}
