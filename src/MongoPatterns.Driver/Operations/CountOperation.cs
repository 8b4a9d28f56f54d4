using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// The legacy <c>count</c> command with a query (CRUD specification's deprecated <c>count</c>):
/// <c>{ count, query, skip, limit, hint, collation, comment, maxTimeMS, readConcern }</c>.
/// </summary>
internal sealed class CountOperation : IOperation<long>
{
    private readonly CollectionNamespace _collectionNamespace;
    private readonly BsonDocument _filter;
    private readonly CollectionOperationSettings _settings;
    private readonly CountOptions _options;

    /// <summary>Creates the operation.</summary>
    public CountOperation(CollectionNamespace collectionNamespace, BsonDocument filter, CollectionOperationSettings settings, CountOptions? options)
    {
        _collectionNamespace = collectionNamespace;
        _filter = filter;
        _settings = settings;
        _options = options ?? new CountOptions();
    }

    /// <summary>Builds the command (exposed for tests).</summary>
    public BsonDocument CreateCommand()
    {
        var command = new BsonDocument { { "count", _collectionNamespace.CollectionName }, { "query", _filter } };
        if (_options.Skip is > 0)
        {
            command.Add("skip", _options.Skip.Value);
        }

        if (_options.Limit is > 0)
        {
            command.Add("limit", _options.Limit.Value);
        }

        command.AddIfNotNull("hint", _options.Hint);
        command.AddCollation(_options.Collation);
        command.AddIfNotNull("comment", _options.Comment);
        command.AddMaxTime(_options.MaxTime);
        command.AddReadConcern(_settings.ReadConcern);
        return command;
    }

    /// <inheritdoc />
    public async Task<long> ExecuteAsync(OperationContext context)
    {
        var command = CreateCommand();
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
