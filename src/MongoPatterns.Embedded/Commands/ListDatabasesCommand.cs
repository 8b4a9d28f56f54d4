using MongoPatterns.Bson;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>listDatabases</c>: the databases that hold collections, with sizes; <c>nameOnly</c> and <c>filter</c>.</summary>
internal sealed class ListDatabasesCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["listDatabases"];

    /// <inheritdoc />
    public override bool AdminOnly => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        var nameOnly = CommandArguments.GetBoolean(command, "listDatabases", "nameOnly");
        var filterDocument = CommandArguments.GetDocument(command, "listDatabases", "filter");
        var filter = filterDocument is null ? null : QueryFilter.Parse(filterDocument);
        var databases = new BsonArray();
        long total = 0;
        foreach (var database in context.Services.Storage.Current.Databases.Values)
        {
            var size = database.Collections.Values.Sum(c => c.DataSize + (c.Indexes.Count * 4096L)) + 8192;
            var entry = nameOnly
                ? new BsonDocument("name", database.Name)
                : new BsonDocument { { "name", database.Name }, { "sizeOnDisk", size }, { "empty", false } };
            if (filter is not null && !filter.Matches(entry))
            {
                continue;
            }

            total += size;
            databases.Add(entry);
        }

        var reply = new BsonDocument("databases", databases);
        if (!nameOnly)
        {
            reply.Add("totalSize", total);
            reply.Add("totalSizeMb", total / (1024 * 1024));
        }

        return Replies.Ok(reply);
    }
}
