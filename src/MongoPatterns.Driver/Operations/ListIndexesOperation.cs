using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Serializers;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Cursors;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver.Operations;

/// <summary>The <c>listIndexes</c> command (Enumerating Indexes specification); a missing collection has no indexes.</summary>
internal sealed class ListIndexesOperation : IOperation<IAsyncCursor<BsonDocument>>
{
    private readonly CollectionNamespace _collectionNamespace;

    /// <summary>Creates the operation.</summary>
    public ListIndexesOperation(CollectionNamespace collectionNamespace) => _collectionNamespace = collectionNamespace;

    /// <summary>Gets or sets the batch size.</summary>
    public int? BatchSize { get; init; }

    /// <summary>Gets or sets the comment.</summary>
    public BsonValue? Comment { get; init; }

    /// <inheritdoc />
    public async Task<IAsyncCursor<BsonDocument>> ExecuteAsync(OperationContext context)
    {
        var command = new BsonDocument("listIndexes", _collectionNamespace.CollectionName);
        command.Add("cursor", BatchSize is > 0 ? new BsonDocument("batchSize", BatchSize.Value) : new BsonDocument());
        command.AddIfNotNull("comment", Comment);
        await using var channel = await context.Client.GetChannelAsync(ServerSelector.ForRead(ReadPreference.Primary), context).ConfigureAwait(false);
        var request = new CommandRequest(_collectionNamespace.DatabaseNamespace.DatabaseName, command)
        {
            ReadPreference = ReadPreference.Primary,
            CollectionName = _collectionNamespace.CollectionName,
        };
        try
        {
            using var result = await channel.RunAsync(request, context).ConfigureAwait(false);
            var batch = CursorBatch<BsonDocument>.Read(result.Body, BsonDocumentSerializer.Instance);
            var options = new AsyncCursorOptions(BatchSize is > 0 ? BatchSize : null, 0, Comment, null, false);
            return new AsyncCursor<BsonDocument>(context.Client, channel.Server, context.Session, context.DetachOwnedSession(), _collectionNamespace, batch, BsonDocumentSerializer.Instance, options, context.OperationId);
        }
        catch (MongoCommandException exception) when (exception.Code == ServerErrorCodes.NamespaceNotFound)
        {
            return new ListCursor<BsonDocument>([]);
        }
    }
}
