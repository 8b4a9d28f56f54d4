using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Mapping;
using MongoPatterns.Driver;
using MongoPatterns.Exceptions;

namespace MongoPatterns.Repositories;

/// <summary>
/// Every driver call a repository and its queries make goes through here: the one place that will pass an ambient
/// client session (transactions) to the driver, and that turns duplicate-key write errors into
/// <see cref="DuplicateKeyException"/>.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class CollectionOperations<T>(IMongoCollection<T> collection, BsonClassMap classMap)
    where T : class
{
    public IMongoCollection<T> Collection { get; } = collection;

    public Task<IAsyncCursor<TResult>> FindAsync<TResult>(FilterDefinition<T> filter, FindOptions<T, TResult> options, CancellationToken cancellationToken) =>
        Collection.FindAsync(filter, options, cancellationToken);

    public Task<long> CountAsync(FilterDefinition<T> filter, CountOptions? options, CancellationToken cancellationToken) =>
        Collection.CountDocumentsAsync(filter, options, cancellationToken);

    public Task<long> EstimatedCountAsync(CancellationToken cancellationToken) =>
        Collection.EstimatedDocumentCountAsync(options: null, cancellationToken);

    public Task<IAsyncCursor<TResult>> AggregateAsync<TResult>(PipelineDefinition<T, TResult> pipeline, CancellationToken cancellationToken) =>
        Collection.AggregateAsync(pipeline, options: null, cancellationToken);

    public async Task InsertOneAsync(T document, CancellationToken cancellationToken)
    {
        try
        {
            await Collection.InsertOneAsync(document, options: null, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException exception) when (Translate(exception) is { } duplicate)
        {
            throw duplicate;
        }
    }

    public async Task InsertManyAsync(IEnumerable<T> documents, CancellationToken cancellationToken)
    {
        try
        {
            await Collection.InsertManyAsync(documents, new InsertManyOptions { IsOrdered = true }, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException exception) when (Translate(exception) is { } duplicate)
        {
            throw duplicate;
        }
    }

    public async Task<ReplaceOneResult> ReplaceOneAsync(FilterDefinition<T> filter, T document, bool upsert, CancellationToken cancellationToken)
    {
        try
        {
            return await Collection.ReplaceOneAsync(filter, document, upsert ? new ReplaceOptions { IsUpsert = true } : null, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException exception) when (Translate(exception) is { } duplicate)
        {
            throw duplicate;
        }
    }

    public async Task<UpdateResult> UpdateOneAsync(FilterDefinition<T> filter, UpdateDefinition<T> update, CancellationToken cancellationToken)
    {
        try
        {
            return await Collection.UpdateOneAsync(filter, update, options: null, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException exception) when (Translate(exception) is { } duplicate)
        {
            throw duplicate;
        }
    }

    public async Task<UpdateResult> UpdateManyAsync(FilterDefinition<T> filter, UpdateDefinition<T> update, CancellationToken cancellationToken)
    {
        try
        {
            return await Collection.UpdateManyAsync(filter, update, options: null, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException exception) when (Translate(exception) is { } duplicate)
        {
            throw duplicate;
        }
    }

    public Task<DeleteResult> DeleteOneAsync(FilterDefinition<T> filter, CancellationToken cancellationToken) =>
        Collection.DeleteOneAsync(filter, options: null, cancellationToken);

    public Task<DeleteResult> DeleteManyAsync(FilterDefinition<T> filter, CancellationToken cancellationToken) =>
        Collection.DeleteManyAsync(filter, options: null, cancellationToken);

    public async Task<BulkWriteResult> BulkWriteAsync(IEnumerable<WriteModel<T>> requests, bool ordered, CancellationToken cancellationToken)
    {
        try
        {
            return await Collection.BulkWriteAsync(requests, new BulkWriteOptions { IsOrdered = ordered }, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException exception) when (Translate(exception) is { } duplicate)
        {
            throw duplicate;
        }
    }

    private DuplicateKeyException? Translate(MongoException exception) => DuplicateKeyTranslation.TryTranslate(exception, typeof(T), classMap);
}
