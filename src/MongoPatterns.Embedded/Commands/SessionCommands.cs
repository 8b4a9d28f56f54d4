using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// Logical session commands: <c>startSession</c>, <c>endSessions</c>, <c>killSessions</c>, <c>killAllSessions</c>,
/// <c>refreshSessions</c>. Ending a session closes its cursors and aborts its open transaction.
/// </summary>
internal sealed class SessionCommands : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["startSession", "endSessions", "killSessions", "killAllSessions", "refreshSessions", "killAllSessionsByPattern"];

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (context.CommandName)
        {
            case "startSession":
                return Replies.Ok(new BsonDocument
                {
                    { "id", new BsonDocument("id", new BsonBinaryData(Guid.NewGuid())) },
                    { "timeoutMinutes", ServerIdentity.LogicalSessionTimeoutMinutes },
                });
            case "endSessions" or "killSessions":
                if (context.CommandValue is BsonArray sessions)
                {
                    foreach (var session in sessions)
                    {
                        context.Services.Cursors.RemoveSession(session);
                        context.Services.Sessions.End(session);
                        context.Services.Transactions.EndSession(session);
                    }
                }

                return Replies.Ok();
            default:
                return Replies.Ok();
        }
    }
}
