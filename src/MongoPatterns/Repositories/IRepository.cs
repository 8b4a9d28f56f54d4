using System.Linq.Expressions;
using MongoPatterns.Driver;
using MongoPatterns.Querying;

namespace MongoPatterns.Repositories;

/// <summary>
/// The data access of one entity type: CRUD by id, bulk writes, counts, aggregation and fluent queries, with the
/// entity's opt-in behaviours applied (audit timestamps, soft delete, optimistic concurrency).
/// </summary>
/// <remarks>
/// Ids are typed at the call site (<c>GetByIdAsync(userId)</c>): the value is converted through the id member's
/// serializer, so a <see cref="string"/> id stored as an ObjectId, a <see cref="Guid"/>, or an <see cref="int"/> key all
/// work, and a string is accepted for an ObjectId or Guid id. A value that cannot be such an id throws
/// <see cref="Exceptions.InvalidIdException"/>.
/// </remarks>
/// <typeparam name="T">The entity type.</typeparam>
public interface IRepository<T>
    where T : class
{
    /// <summary>Gets the entity with the given id, or null when there is none (or it is soft-deleted).</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entity or null.</returns>
    Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull;

    /// <summary>Gets the entities with the given ids (missing ids are skipped; order is not guaranteed).</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="ids">The ids.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entities found.</returns>
    Task<IReadOnlyList<T>> GetByIdsAsync<TId>(IEnumerable<TId> ids, CancellationToken cancellationToken = default)
        where TId : notnull;

    /// <summary>Returns whether an entity with the given id exists (and is not soft-deleted).</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Whether it exists.</returns>
    Task<bool> ExistsAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull;

    /// <summary>Inserts an entity, generating its id when empty and stamping audit fields and version 1.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task completing when the entity is stored.</returns>
    /// <exception cref="Exceptions.DuplicateKeyException">A unique index already holds the key.</exception>
    Task InsertAsync(T entity, CancellationToken cancellationToken = default);

    /// <summary>Inserts entities in ordered batches of <c>MongoPatterns:InsertBatchSize</c>.</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task completing when all entities are stored.</returns>
    /// <exception cref="Exceptions.DuplicateKeyException">A unique index already holds a key (earlier entities are stored).</exception>
    Task InsertManyAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored entity; for <c>IVersioned</c> entities only when the stored version is the entity's, then increments it.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task completing when the entity is replaced.</returns>
    /// <exception cref="Exceptions.EntityNotFoundException">No such entity.</exception>
    /// <exception cref="Exceptions.ConcurrencyException">The stored version differs; nothing was written.</exception>
    Task ReplaceAsync(T entity, CancellationToken cancellationToken = default);

    /// <summary>Applies an update to the entity with the given id (stamping <c>UpdatedAt</c> and incrementing <c>Version</c> when opted in).</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="update">The update.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task completing when the entity is updated.</returns>
    /// <exception cref="Exceptions.EntityNotFoundException">No such entity.</exception>
    Task UpdateAsync<TId>(TId id, UpdateDefinition<T> update, CancellationToken cancellationToken = default)
        where TId : notnull;

    /// <summary>Applies an update built with the update builder, for example <c>u =&gt; u.Set(x =&gt; x.Name, "Ada").Inc(x =&gt; x.Logins, 1)</c>.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="update">Builds the update.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task completing when the entity is updated.</returns>
    /// <exception cref="Exceptions.EntityNotFoundException">No such entity.</exception>
    Task UpdateAsync<TId>(TId id, Func<UpdateDefinitionBuilder<T>, UpdateDefinition<T>> update, CancellationToken cancellationToken = default)
        where TId : notnull;

    /// <summary>Applies an update to every matching entity.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="update">The update.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of entities modified.</returns>
    Task<long> UpdateManyAsync(Expression<Func<T, bool>> filter, UpdateDefinition<T> update, CancellationToken cancellationToken = default);

    /// <summary>Applies an update to every matching entity.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="update">The update.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of entities modified.</returns>
    Task<long> UpdateManyAsync(FilterDefinition<T> filter, UpdateDefinition<T> update, CancellationToken cancellationToken = default);

    /// <summary>Inserts the entity, or replaces the stored one with the same id (last writer wins; the version is incremented).</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task completing when the entity is stored.</returns>
    Task UpsertAsync(T entity, CancellationToken cancellationToken = default);

    /// <summary>Deletes the entity with the given id (soft-deletes it for <c>ISoftDelete</c> entities).</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Whether an entity was deleted.</returns>
    Task<bool> DeleteAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull;

    /// <summary>Deletes every matching entity (soft-deletes them for <c>ISoftDelete</c> entities).</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of entities deleted.</returns>
    Task<long> DeleteManyAsync(Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default);

    /// <summary>Deletes every matching entity (soft-deletes them for <c>ISoftDelete</c> entities).</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of entities deleted.</returns>
    Task<long> DeleteManyAsync(FilterDefinition<T> filter, CancellationToken cancellationToken = default);

    /// <summary>Runs write models as one ordered bulk write, as given (no audit stamping or soft-delete rewriting).</summary>
    /// <param name="requests">The write models.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The driver's result.</returns>
    Task<BulkWriteResult> BulkWriteAsync(IEnumerable<WriteModel<T>> requests, CancellationToken cancellationToken = default);

    /// <summary>Counts the entities (excluding soft-deleted ones).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts the matching entities (excluding soft-deleted ones).</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    Task<long> CountAsync(Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default);

    /// <summary>Counts the matching entities (excluding soft-deleted ones).</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    Task<long> CountAsync(FilterDefinition<T> filter, CancellationToken cancellationToken = default);

    /// <summary>Runs an aggregation pipeline (soft-deleted entities are filtered out by a leading <c>$match</c>).</summary>
    /// <typeparam name="TResult">The output type.</typeparam>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The results.</returns>
    Task<IReadOnlyList<TResult>> AggregateAsync<TResult>(PipelineDefinition<T, TResult> pipeline, CancellationToken cancellationToken = default);

    /// <summary>Starts a query over all entities.</summary>
    /// <returns>The query.</returns>
    IFindQuery<T> Find();

    /// <summary>Starts a query with a predicate, for example <c>Find(x =&gt; x.Age &gt; 30 &amp;&amp; x.Tags.Contains("a"))</c>.</summary>
    /// <param name="filter">The predicate.</param>
    /// <returns>The query.</returns>
    IFindQuery<T> Find(Expression<Func<T, bool>> filter);

    /// <summary>Starts a query with a filter definition.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The query.</returns>
    IFindQuery<T> Find(FilterDefinition<T> filter);
}
