using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>drop</c>: removes a collection (a missing collection succeeds, as in MongoDB 7.0).</summary>
internal sealed class DropCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["drop"];

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = CommandArguments.CollectionName(context);
        var indexes = context.Services.Storage.Write(writer =>
        {
            var existing = writer.GetCollection(context.Database, name);
            if (existing is null)
            {
                return -1;
            }

            writer.DropCollection(context.Database, name);
            return existing.Indexes.Count;
        });
        return indexes < 0
            ? Replies.Ok()
            : Replies.Ok(new BsonDocument { { "nIndexesWas", indexes }, { "ns", context.Database + "." + name } });
    }
}
