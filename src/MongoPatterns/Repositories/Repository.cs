using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Entities;
using MongoPatterns.Exceptions;
using MongoPatterns.Querying;

namespace MongoPatterns.Repositories;

/// <summary>
/// The repository of <typeparamref name="T"/> registered by <c>AddRepository&lt;T&gt;()</c> (as <see cref="IRepository{T}"/>
/// and as itself, singletons). Thread-safe. See <see cref="IRepository{T}"/> for the behaviour of each method.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
public class Repository<T> : IRepository<T>
    where T : class
{
    private readonly RepositoryContext<T> _context;
    private readonly EntityMetadata<T> _metadata;
    private readonly CollectionOperations<T> _operations;

    internal Repository(RepositoryContext<T> context)
    {
        _context = context;
        _metadata = context.Metadata;
        _operations = context.Operations;
    }

    /// <summary>Gets the underlying collection, for operations the repository does not cover.</summary>
    public IMongoCollection<T> Collection => _operations.Collection;

    /// <inheritdoc />
    public Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull => GetByIdAsync(id, cachePolicy: null, cancellationToken);

    /// <summary>
    /// Reads an entity by id through the query-execution interceptor, which answers from the query cache when
    /// <paramref name="cachePolicy"/> is set (see <c>RepositoryCacheExtensions.GetByIdAsync</c>).
    /// </summary>
    internal Task<T?> GetByIdAsync<TId>(TId id, object? cachePolicy, CancellationToken cancellationToken)
        where TId : notnull
    {
        var idValue = _metadata.IdToBson(id);
        var model = new GetByIdModel(_context.DatabaseName, _context.CollectionName, typeof(T), idValue, cachePolicy, _context.InterceptorState);
        var interceptor = _context.Interceptor;
        return cachePolicy is not null && interceptor.TryAnswerGetById(model, typeof(T)) is Task<T?> answered
            ? answered
            : interceptor.ExecuteGetByIdAsync(model, (Repository: this, Id: idValue), static (state, ct) => state.Repository.FindByIdAsync(state.Id, ct), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<T>> GetByIdsAsync<TId>(IEnumerable<TId> ids, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(ids);
        var values = new BsonArray();
        foreach (var id in ids)
        {
            values.Add(_metadata.IdToBson(id));
        }

        if (values.Count == 0)
        {
            return [];
        }

        var filter = _context.ApplySoftDelete(new BsonDocument("_id", new BsonDocument("$in", values)), includeDeleted: false);
        var scope = _context.Telemetry.Start("getByIds");
        try
        {
            var cursor = await _operations.FindAsync(filter, new FindOptions<T, T>(), cancellationToken).ConfigureAwait(false);
            var entities = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
            scope.Complete(documentsRead: entities.Count);
            return entities;
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<bool> ExistsAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        var filter = _context.ApplySoftDelete(new BsonDocument("_id", _metadata.IdToBson(id)), includeDeleted: false);
        var scope = _context.Telemetry.Start("exists");
        try
        {
            var count = await _operations.CountAsync(filter, new CountOptions { Limit = 1 }, cancellationToken).ConfigureAwait(false);
            scope.Complete();
            return count > 0;
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task InsertAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        PrepareInsert(entity, _context.UtcNow());
        var scope = _context.Telemetry.Start("insert");
        try
        {
            await _operations.InsertOneAsync(entity, cancellationToken).ConfigureAwait(false);
            scope.Complete(documentsWritten: 1);
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }

        await _context.NotifyWrittenAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task InsertManyAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var now = _context.UtcNow();
        var batchSize = _context.Options.InsertBatchSize;
        var batch = new List<T>(Math.Min(batchSize, 1024));
        var written = 0L;
        var scope = _context.Telemetry.Start("insertMany");
        try
        {
            foreach (var entity in entities)
            {
                ArgumentNullException.ThrowIfNull(entity, nameof(entities));
                PrepareInsert(entity, now);
                batch.Add(entity);
                if (batch.Count == batchSize)
                {
                    await _operations.InsertManyAsync(batch, cancellationToken).ConfigureAwait(false);
                    written += batch.Count;
                    batch = new List<T>(batchSize);
                }
            }

            if (batch.Count > 0)
            {
                await _operations.InsertManyAsync(batch, cancellationToken).ConfigureAwait(false);
                written += batch.Count;
            }

            scope.Complete(documentsWritten: written);
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            if (written > 0)
            {
                await _context.NotifyWrittenAsync(cancellationToken).ConfigureAwait(false);
            }

            throw;
        }

        if (written > 0)
        {
            await _context.NotifyWrittenAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task ReplaceAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var id = _metadata.GetId(entity, generate: false);
        var filter = _context.ApplySoftDelete(new BsonDocument("_id", id), includeDeleted: false);
        var versioned = entity as IVersioned;
        var updatedAt = entity as IUpdatedAt;
        var expectedVersion = versioned?.Version ?? 0;
        var previousUpdatedAt = updatedAt?.UpdatedAt ?? default;
        if (versioned is not null)
        {
            filter.Set(_metadata.VersionElement!, expectedVersion);
            versioned.Version = expectedVersion + 1;
        }

        if (updatedAt is not null)
        {
            updatedAt.UpdatedAt = _context.UtcNow();
        }

        var scope = _context.Telemetry.Start("replace");
        ReplaceOneResult result;
        try
        {
            result = await _operations.ReplaceOneAsync(filter, entity, upsert: false, cancellationToken).ConfigureAwait(false);
            scope.Complete(documentsWritten: result.MatchedCount);
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            Restore();
            throw;
        }

        if (result.MatchedCount == 0)
        {
            Restore();
            if (versioned is not null && await ExistsAsync(id, cancellationToken).ConfigureAwait(false))
            {
                throw new ConcurrencyException(typeof(T), _metadata.GetIdValue(entity), expectedVersion);
            }

            throw new EntityNotFoundException(typeof(T), _metadata.GetIdValue(entity));
        }

        await _context.NotifyWrittenAsync(cancellationToken).ConfigureAwait(false);

        void Restore()
        {
            if (versioned is not null)
            {
                versioned.Version = expectedVersion;
            }

            if (updatedAt is not null)
            {
                updatedAt.UpdatedAt = previousUpdatedAt;
            }
        }
    }

    /// <inheritdoc />
    public Task UpdateAsync<TId>(TId id, Func<UpdateDefinitionBuilder<T>, UpdateDefinition<T>> update, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(update);
        return UpdateAsync(id, update(Builders<T>.Update), cancellationToken);
    }

    /// <inheritdoc />
    public async Task UpdateAsync<TId>(TId id, UpdateDefinition<T> update, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(update);
        var filter = _context.ApplySoftDelete(new BsonDocument("_id", _metadata.IdToBson(id)), includeDeleted: false);
        var scope = _context.Telemetry.Start("update");
        UpdateResult result;
        try
        {
            result = await _operations.UpdateOneAsync(filter, WithStamps(update), cancellationToken).ConfigureAwait(false);
            scope.Complete(documentsWritten: result.ModifiedCount);
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }

        if (result.MatchedCount == 0)
        {
            throw new EntityNotFoundException(typeof(T), id);
        }

        await _context.NotifyWrittenAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<long> UpdateManyAsync(Expression<Func<T, bool>> filter, UpdateDefinition<T> update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return UpdateManyAsync(Builders<T>.Filter.Where(filter), update, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> UpdateManyAsync(FilterDefinition<T> filter, UpdateDefinition<T> update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(update);
        var rendered = _context.RenderFilter(filter, includeDeleted: false);
        var scope = _context.Telemetry.Start("updateMany");
        UpdateResult result;
        try
        {
            result = await _operations.UpdateManyAsync(rendered, WithStamps(update), cancellationToken).ConfigureAwait(false);
            scope.Complete(documentsWritten: result.ModifiedCount);
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }

        await _context.NotifyWrittenAsync(cancellationToken).ConfigureAwait(false);
        return result.ModifiedCount;
    }

    /// <inheritdoc />
    public async Task UpsertAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var id = _metadata.GetId(entity, generate: true);
        var now = _context.UtcNow();
        if (entity is ICreatedAt created && created.CreatedAt == default)
        {
            created.CreatedAt = now;
        }

        if (entity is IUpdatedAt updated)
        {
            updated.UpdatedAt = now;
        }

        if (entity is IVersioned versioned)
        {
            versioned.Version++;
        }

        var scope = _context.Telemetry.Start("upsert");
        try
        {
            await _operations.ReplaceOneAsync(new BsonDocument("_id", id), entity, upsert: true, cancellationToken).ConfigureAwait(false);
            scope.Complete(documentsWritten: 1);
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }

        await _context.NotifyWrittenAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        var filter = _context.ApplySoftDelete(new BsonDocument("_id", _metadata.IdToBson(id)), includeDeleted: false);
        var scope = _context.Telemetry.Start("delete");
        long deleted;
        try
        {
            deleted = _metadata.DeletedAtElement is null
                ? (await _operations.DeleteOneAsync(filter, cancellationToken).ConfigureAwait(false)).DeletedCount
                : (await _operations.UpdateOneAsync(filter, SoftDeleteUpdate(), cancellationToken).ConfigureAwait(false)).ModifiedCount;
            scope.Complete(documentsWritten: deleted);
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }

        if (deleted > 0)
        {
            await _context.NotifyWrittenAsync(cancellationToken).ConfigureAwait(false);
        }

        return deleted > 0;
    }

    /// <inheritdoc />
    public Task<long> DeleteManyAsync(Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return DeleteManyAsync(Builders<T>.Filter.Where(filter), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> DeleteManyAsync(FilterDefinition<T> filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rendered = _context.RenderFilter(filter, includeDeleted: false);
        var scope = _context.Telemetry.Start("deleteMany");
        long deleted;
        try
        {
            deleted = _metadata.DeletedAtElement is null
                ? (await _operations.DeleteManyAsync(rendered, cancellationToken).ConfigureAwait(false)).DeletedCount
                : (await _operations.UpdateManyAsync(rendered, SoftDeleteUpdate(), cancellationToken).ConfigureAwait(false)).ModifiedCount;
            scope.Complete(documentsWritten: deleted);
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }

        await _context.NotifyWrittenAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    /// <inheritdoc />
    public async Task<BulkWriteResult> BulkWriteAsync(IEnumerable<WriteModel<T>> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var scope = _context.Telemetry.Start("bulkWrite");
        BulkWriteResult result;
        try
        {
            result = await _operations.BulkWriteAsync(requests, ordered: true, cancellationToken).ConfigureAwait(false);
            scope.Complete(documentsWritten: result.InsertedCount + result.ModifiedCount + result.DeletedCount + result.Upserts.Count);
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            await _context.NotifyWrittenAsync(cancellationToken).ConfigureAwait(false);
            throw;
        }

        await _context.NotifyWrittenAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <inheritdoc />
    public Task<long> CountAsync(CancellationToken cancellationToken = default) => CountAsync(FilterDefinition<T>.Empty, cancellationToken);

    /// <inheritdoc />
    public Task<long> CountAsync(Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return CountAsync(Builders<T>.Filter.Where(filter), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(FilterDefinition<T> filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rendered = _context.RenderFilter(filter, includeDeleted: false);
        var scope = _context.Telemetry.Start("count");
        try
        {
            var count = await _operations.CountAsync(rendered, null, cancellationToken).ConfigureAwait(false);
            scope.Complete();
            return count;
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TResult>> AggregateAsync<TResult>(PipelineDefinition<T, TResult> pipeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (_metadata.DeletedAtElement is { } deletedAt)
        {
            var rendered = pipeline.Render(_context.RenderArgs);
            var stages = new List<BsonDocument>(rendered.Documents.Count + 1) { new("$match", new BsonDocument(deletedAt, BsonNull.Value)) };
            stages.AddRange(rendered.Documents);
            pipeline = PipelineDefinition<T, TResult>.Create(stages, rendered.OutputSerializer);
        }

        var scope = _context.Telemetry.Start("aggregate");
        try
        {
            var cursor = await _operations.AggregateAsync(pipeline, cancellationToken).ConfigureAwait(false);
            var results = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
            scope.Complete(documentsRead: results.Count);
            return results;
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }
    }

    /// <inheritdoc />
    public IFindQuery<T> Find() => new EntityFindQuery<T>(_context, FindQueryState<T>.For(FilterDefinition<T>.Empty));

    /// <inheritdoc />
    public IFindQuery<T> Find(Expression<Func<T, bool>> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Find(Builders<T>.Filter.Where(filter));
    }

    /// <inheritdoc />
    public IFindQuery<T> Find(FilterDefinition<T> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new EntityFindQuery<T>(_context, FindQueryState<T>.For(filter));
    }

    private void PrepareInsert(T entity, DateTime now)
    {
        _metadata.GetId(entity, generate: true);
        if (entity is ICreatedAt created)
        {
            created.CreatedAt = now;
        }

        if (entity is IUpdatedAt updated)
        {
            updated.UpdatedAt = now;
        }

        if (entity is IVersioned { Version: <= 0 } versioned)
        {
            versioned.Version = 1;
        }
    }

    private UpdateDefinition<T> WithStamps(UpdateDefinition<T> update)
    {
        var stamps = new BsonDocument();
        if (_metadata.UpdatedAtElement is { } updatedAt)
        {
            stamps.Add("$set", new BsonDocument(updatedAt, new BsonDateTime(_context.UtcNow())));
        }

        if (_metadata.VersionElement is { } version)
        {
            stamps.Add("$inc", new BsonDocument(version, 1L));
        }

        return stamps.ElementCount == 0 ? update : Builders<T>.Update.Combine(update, stamps);
    }

    private BsonDocument SoftDeleteUpdate()
    {
        var now = new BsonDateTime(_context.UtcNow());
        var set = new BsonDocument(_metadata.DeletedAtElement!, now);
        if (_metadata.UpdatedAtElement is { } updatedAt)
        {
            set.Add(updatedAt, now);
        }

        var update = new BsonDocument("$set", set);
        if (_metadata.VersionElement is { } version)
        {
            update.Add("$inc", new BsonDocument(version, 1L));
        }

        return update;
    }

    private async Task<T?> FindByIdAsync(BsonValue id, CancellationToken cancellationToken)
    {
        var filter = _context.ApplySoftDelete(new BsonDocument("_id", id), includeDeleted: false);
        var scope = _context.Telemetry.Start("getById");
        try
        {
            var cursor = await _operations.FindAsync(filter, new FindOptions<T, T> { Limit = 1 }, cancellationToken).ConfigureAwait(false);
            var entity = await cursor.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            scope.Complete(documentsRead: entity is null ? 0 : 1);
            return entity;
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }
    }
}
