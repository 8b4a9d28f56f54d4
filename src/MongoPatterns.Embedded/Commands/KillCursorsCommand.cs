using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>killCursors</c>: closes cursors of a namespace.</summary>
internal sealed class KillCursorsCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["killCursors"];

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var collection = CommandArguments.CollectionName(context);
        var ids = CommandArguments.GetArray(context.Command, "killCursors", "cursors")
            ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'killCursors.cursors' is missing but a required field");
        var killed = new BsonArray();
        var notFound = new BsonArray();
        foreach (var value in ids)
        {
            if (value is not BsonInt64 { Value: var id })
            {
                throw CommandArguments.WrongType("killCursors", "cursors", value, "'long'");
            }

            var cursor = context.Services.Cursors.Find(id);
            if (cursor is not null && cursor.Database == context.Database && cursor.Collection == collection && context.Services.Cursors.Remove(id))
            {
                killed.Add(id);
            }
            else
            {
                notFound.Add(id);
            }
        }

        return Replies.Ok(new BsonDocument
        {
            { "cursorsKilled", killed },
            { "cursorsNotFound", notFound },
            { "cursorsAlive", new BsonArray() },
            { "cursorsUnknown", new BsonArray() },
        });
    }
}
