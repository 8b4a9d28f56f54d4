using MongoPatterns.Bson;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>count</c>: the number of matching documents, with skip and limit.</summary>
internal sealed class CountCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["count"];

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        var name = CommandArguments.CollectionName(context);
        var query = CommandArguments.GetDocument(command, "count", "query") ?? new BsonDocument();
        var skip = CommandArguments.GetNonNegative(command, "count", "skip") ?? 0;
        var limit = Math.Abs(CommandArguments.GetInt64(command, "count", "limit") ?? 0);
        var collection = context.Services.Storage.Current.FindCollection(context.Database, name);
        var filter = QueryFilter.Parse(query, QueryHelpers.CreateQueryContext(context, null, collection, command.GetValue("collation", null)));
        long n;
        if (collection is null)
        {
            n = 0;
        }
        else if (filter.IsEmpty && QueryHelpers.GetHint(command) is null)
        {
            n = collection.Count;
        }
        else
        {
            n = QueryHelpers.Matches(collection, filter, QueryHelpers.GetHint(command), null).LongCount();
        }

        n = Math.Max(0, n - skip);
        if (limit > 0)
        {
            n = Math.Min(n, limit);
        }

        return Replies.Ok(new BsonDocument("n", n <= int.MaxValue ? (BsonValue)(int)n : n));
    }
}
