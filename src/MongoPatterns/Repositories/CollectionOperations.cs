using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Mapping;
using MongoPatterns.Driver;
using MongoPatterns.Exceptions;
using MongoPatterns.Transactions;

namespace MongoPatterns.Repositories;

/// <summary>
/// Every driver call a repository and its queries make goes through here: the one place that passes the ambient
/// client session (<see cref="TransactionContext"/>, transactions) to the driver, and that turns duplicate-key write
/// errors into <see cref="DuplicateKeyException"/>.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class CollectionOperations<T>(IMongoCollection<T> collection, BsonClassMap classMap)
    where T : class
{
    public IMongoCollection<T> Collection { get; } = collection;

    /// <summary>Gets the collection to run on: bound to the ambient transaction's session when one is active (cached per transaction).</summary>
    private IMongoCollection<T> Target => TransactionContext.Current is { IsActive: true } transaction ? transaction.Bind(this, Collection) : Collection;

    public Task<IAsyncCursor<TResult>> FindAsync<TResult>(FilterDefinition<T> filter, FindOptions<T, TResult> options, CancellationToken cancellationToken) =>
        Target.FindAsync(filter, options, cancellationToken);

    public Task<long> CountAsync(FilterDefinition<T> filter, CountOptions? options, CancellationToken cancellationToken) =>
        Target.CountDocumentsAsync(filter, options, cancellationToken);

    // Outside the session on purpose: the count command is not allowed in a multi-document transaction.
    public Task<long> EstimatedCountAsync(CancellationToken cancellationToken) =>
        Collection.EstimatedDocumentCountAsync(options: null, cancellationToken);

    public Task<IAsyncCursor<TResult>> AggregateAsync<TResult>(PipelineDefinition<T, TResult> pipeline, CancellationToken cancellationToken) =>
        Target.AggregateAsync(pipeline, options: null, cancellationToken);

    public async Task InsertOneAsync(T document, CancellationToken cancellationToken)
    {
        try
        {
            await Target.InsertOneAsync(document, options: null, cancellationToken).ConfigureAwait(false);
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
            await Target.InsertManyAsync(documents, new InsertManyOptions { IsOrdered = true }, cancellationToken).ConfigureAwait(false);
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
            return await Target.ReplaceOneAsync(filter, document, upsert ? new ReplaceOptions { IsUpsert = true } : null, cancellationToken).ConfigureAwait(false);
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
            return await Target.UpdateOneAsync(filter, update, options: null, cancellationToken).ConfigureAwait(false);
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
            return await Target.UpdateManyAsync(filter, update, options: null, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException exception) when (Translate(exception) is { } duplicate)
        {
            throw duplicate;
        }
    }

    public Task<DeleteResult> DeleteOneAsync(FilterDefinition<T> filter, CancellationToken cancellationToken) =>
        Target.DeleteOneAsync(filter, options: null, cancellationToken);

    public Task<DeleteResult> DeleteManyAsync(FilterDefinition<T> filter, CancellationToken cancellationToken) =>
        Target.DeleteManyAsync(filter, options: null, cancellationToken);

    public async Task<BulkWriteResult> BulkWriteAsync(IEnumerable<WriteModel<T>> requests, bool ordered, CancellationToken cancellationToken)
    {
        try
        {
            return await Target.BulkWriteAsync(requests, new BulkWriteOptions { IsOrdered = ordered }, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException exception) when (Translate(exception) is { } duplicate)
        {
            throw duplicate;
        }
    }

    private DuplicateKeyException? Translate(MongoException exception) => DuplicateKeyTranslation.TryTranslate(exception, typeof(T), classMap);
}
