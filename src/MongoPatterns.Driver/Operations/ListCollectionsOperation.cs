using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Serializers;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Cursors;

namespace MongoPatterns.Driver.Operations;

/// <summary>The <c>listCollections</c> command (Enumerating Collections specification).</summary>
internal sealed class ListCollectionsOperation : IOperation<IAsyncCursor<BsonDocument>>
{
    private readonly DatabaseNamespace _databaseNamespace;

    /// <summary>Creates the operation.</summary>
    public ListCollectionsOperation(DatabaseNamespace databaseNamespace) => _databaseNamespace = databaseNamespace;

    /// <summary>Gets or sets the filter.</summary>
    public BsonDocument? Filter { get; init; }

    /// <summary>Gets or sets whether only names and types are returned.</summary>
    public bool NameOnly { get; init; }

    /// <summary>Gets or sets whether only authorized collections are listed.</summary>
    public bool? AuthorizedCollections { get; init; }

    /// <summary>Gets or sets the batch size.</summary>
    public int? BatchSize { get; init; }

    /// <summary>Gets or sets the comment.</summary>
    public BsonValue? Comment { get; init; }

    /// <inheritdoc />
    public async Task<IAsyncCursor<BsonDocument>> ExecuteAsync(OperationContext context)
    {
        var command = new BsonDocument("listCollections", 1);
        command.AddIfNotNull("filter", Filter);
        command.AddIfTrue("nameOnly", NameOnly);
        command.AddIfNotNull("authorizedCollections", AuthorizedCollections);
        command.Add("cursor", BatchSize is > 0 ? new BsonDocument("batchSize", BatchSize.Value) : new BsonDocument());
        command.AddIfNotNull("comment", Comment);
        await using var channel = await context.Client.GetChannelAsync(ServerSelector.ForRead(ReadPreference.Primary), context).ConfigureAwait(false);
        var request = new CommandRequest(_databaseNamespace.DatabaseName, command) { ReadPreference = ReadPreference.Primary };
        using var result = await channel.RunAsync(request, context).ConfigureAwait(false);
        var batch = CursorBatch<BsonDocument>.Read(result.Body, BsonDocumentSerializer.Instance);
        var options = new AsyncCursorOptions(BatchSize is > 0 ? BatchSize : null, 0, Comment, null, false);
        return new AsyncCursor<BsonDocument>(context.Client, channel.Server, context.Session, context.DetachOwnedSession(), new CollectionNamespace(_databaseNamespace, "$cmd.listCollections"), batch, BsonDocumentSerializer.Instance, options, context.OperationId);
    }
}
