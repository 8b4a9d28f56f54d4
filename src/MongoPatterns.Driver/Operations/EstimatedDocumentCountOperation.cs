using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver.Operations;

/// <summary>The collection's document count from its metadata (the <c>count</c> command without a filter).</summary>
internal sealed class EstimatedDocumentCountOperation : IOperation<long>
{
    private readonly CollectionNamespace _collectionNamespace;
    private readonly CollectionOperationSettings _settings;
    private readonly EstimatedDocumentCountOptions _options;

    /// <summary>Creates the operation.</summary>
    public EstimatedDocumentCountOperation(CollectionNamespace collectionNamespace, CollectionOperationSettings settings, EstimatedDocumentCountOptions? options)
    {
        _collectionNamespace = collectionNamespace;
        _settings = settings;
        _options = options ?? new EstimatedDocumentCountOptions();
    }

    /// <inheritdoc />
    public async Task<long> ExecuteAsync(OperationContext context)
    {
        var command = new BsonDocument("count", _collectionNamespace.CollectionName);
        command.AddMaxTime(_options.MaxTime);
        command.AddIfNotNull("comment", _options.Comment);
        command.AddReadConcern(_settings.ReadConcern);
        await using var channel = await context.Client.GetChannelAsync(ServerSelector.ForRead(_settings.ReadPreference), context).ConfigureAwait(false);
        try
        {
            var request = new CommandRequest(_collectionNamespace.DatabaseNamespace.DatabaseName, command)
            {
                ReadPreference = _settings.ReadPreference,
                CollectionName = _collectionNamespace.CollectionName,
            };
            using var result = await channel.RunAsync(request, context).ConfigureAwait(false);
            return result.Document.TryGetValue("n", out var n) ? n.ToInt64() : 0;
        }
        catch (MongoCommandException exception) when (exception.Code == ServerErrorCodes.NamespaceNotFound)
        {
            return 0;
        }
    }
}
