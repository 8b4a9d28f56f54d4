using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Cursors;

namespace MongoPatterns.Driver.Operations;

/// <summary>The <c>listDatabases</c> command on <c>admin</c>; its <c>databases</c> array becomes a one-batch cursor.</summary>
internal sealed class ListDatabasesOperation(ListDatabasesOptions? options) : IOperation<IAsyncCursor<BsonDocument>>
{
    /// <inheritdoc />
    public async Task<IAsyncCursor<BsonDocument>> ExecuteAsync(OperationContext context)
    {
        var command = new BsonDocument("listDatabases", 1);
        command.AddIfNotNull("filter", options?.Filter);
        command.AddIfNotNull("nameOnly", options?.NameOnly);
        command.AddIfNotNull("authorizedDatabases", options?.AuthorizedDatabases);
        command.AddIfNotNull("comment", options?.Comment);
        await using var channel = await context.Client.GetChannelAsync(ServerSelector.ForRead(ReadPreference.Primary), context).ConfigureAwait(false);
        var request = new CommandRequest("admin", command) { ReadPreference = ReadPreference.Primary };
        using var result = await channel.RunAsync(request, context).ConfigureAwait(false);
        var databases = result.Document.TryGetValue("databases", out var value) && value is BsonArray array
            ? array.OfType<BsonDocument>().ToList()
            : [];
        return new ListCursor<BsonDocument>(databases);
    }
}
