using MongoPatterns.Bson;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>dropDatabase</c>: removes a database and its collections.</summary>
internal sealed class DropDatabaseCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["dropDatabase"];

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        NamespaceRules.ValidateDatabase(context.Database);
        var dropped = context.Services.Storage.Write(writer => writer.DropDatabase(context.Database));
        return dropped ? Replies.Ok(new BsonDocument("dropped", context.Database)) : Replies.Ok();
    }
}
