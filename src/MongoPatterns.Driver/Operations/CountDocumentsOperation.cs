using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Serializers;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Cursors;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// Counts matching documents exactly with an aggregation, as the CRUD specification defines
/// <c>countDocuments</c>: <c>$match</c>, optional <c>$skip</c> and <c>$limit</c>, then
/// <c>$group: { _id: 1, n: { $sum: 1 } }</c>.
/// </summary>
internal sealed class CountDocumentsOperation : IOperation<long>
{
    private readonly CollectionNamespace _collectionNamespace;
    private readonly BsonDocument _filter;
    private readonly CollectionOperationSettings _settings;
    private readonly CountOptions _options;

    /// <summary>Creates the operation.</summary>
    public CountDocumentsOperation(CollectionNamespace collectionNamespace, BsonDocument filter, CollectionOperationSettings settings, CountOptions? options)
    {
        _collectionNamespace = collectionNamespace;
        _filter = filter;
        _settings = settings;
        _options = options ?? new CountOptions();
    }

    /// <summary>Builds the pipeline (exposed for tests).</summary>
    public List<BsonDocument> CreatePipeline()
    {
        var pipeline = new List<BsonDocument> { new("$match", _filter) };
        if (_options.Skip is > 0)
        {
            pipeline.Add(new BsonDocument("$skip", _options.Skip.Value));
        }

        if (_options.Limit is > 0)
        {
            pipeline.Add(new BsonDocument("$limit", _options.Limit.Value));
        }

        pipeline.Add(new BsonDocument("$group", new BsonDocument { { "_id", 1 }, { "n", new BsonDocument("$sum", 1) } }));
        return pipeline;
    }

    /// <inheritdoc />
    public async Task<long> ExecuteAsync(OperationContext context)
    {
        var aggregate = new AggregateOperation<BsonDocument>(
            _collectionNamespace.DatabaseNamespace,
            _collectionNamespace.CollectionName,
            CreatePipeline(),
            BsonDocumentSerializer.Instance,
            _settings,
            new AggregateOptions { Collation = _options.Collation, Comment = _options.Comment, Hint = _options.Hint, MaxTime = _options.MaxTime });
        var cursor = await aggregate.ExecuteAsync(context).ConfigureAwait(false);
        var first = await cursor.FirstOrDefaultAsync(context.CancellationToken).ConfigureAwait(false);
        return first is not null && first.TryGetValue("n", out var n) ? n.ToInt64() : 0;
    }
}
