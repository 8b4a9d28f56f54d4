using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver;

/// <summary>
/// A collection of documents of <typeparamref name="TDocument"/>: queries, writes, aggregations and indexes. Filters,
/// updates, sorts and projections are definitions: build them with <see cref="Builders{TDocument}"/> or pass
/// <c>BsonDocument</c>s. Use <c>Find(filter)</c> (an extension method) for the fluent query interface.
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public interface IMongoCollection<TDocument>
{
    /// <summary>Gets the collection's full name.</summary>
    CollectionNamespace CollectionNamespace { get; }

    /// <summary>Gets the database.</summary>
    IMongoDatabase Database { get; }

    /// <summary>Gets the serializer of the documents.</summary>
    IBsonSerializer<TDocument> DocumentSerializer { get; }

    /// <summary>Gets the index manager.</summary>
    IMongoIndexManager<TDocument> Indexes { get; }

    /// <summary>Gets the effective settings.</summary>
    MongoCollectionSettings Settings { get; }

    /// <summary>Runs an aggregation pipeline. Pipelines ending in <c>$out</c> or <c>$merge</c> write to a collection and return an empty cursor.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cursor of results.</returns>
    Task<IAsyncCursor<TResult>> AggregateAsync<TResult>(PipelineDefinition<TDocument, TResult> pipeline, AggregateOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs inserts, updates, replacements and deletes in as few commands as possible.</summary>
    /// <param name="requests">The requests.</param>
    /// <param name="options">Ordering and validation options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What the writes did.</returns>
    /// <exception cref="MongoBulkWriteException">Some requests failed; it carries the errors (with the indexes of the requests) and the partial result.</exception>
    Task<BulkWriteResult> BulkWriteAsync(IEnumerable<WriteModel<TDocument>> requests, BulkWriteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts the matching documents with the legacy <c>count</c> command, which answers from collection metadata when
    /// there is no filter and may then be off (after an unclean shutdown, or with orphaned documents on sharded
    /// clusters). Prefer <see cref="CountDocumentsAsync"/> for an exact count or
    /// <see cref="EstimatedDocumentCountAsync"/> for a fast estimate; this exists for code that needs the command itself.
    /// </summary>
    /// <param name="filter">The filter.</param>
    /// <param name="options">Skip, limit, hint and collation, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    Task<long> CountAsync(FilterDefinition<TDocument> filter, CountOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Counts the matching documents exactly (an aggregation).</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="options">Skip, limit, hint and collation, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    Task<long> CountDocumentsAsync(FilterDefinition<TDocument> filter, CountOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the first matching document.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of deleted documents (0 or 1).</returns>
    /// <exception cref="MongoWriteException">The server rejected the delete, or its write concern failed.</exception>
    Task<DeleteResult> DeleteOneAsync(FilterDefinition<TDocument> filter, DeleteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes every matching document.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of deleted documents.</returns>
    /// <exception cref="MongoWriteException">The server rejected the delete, or its write concern failed.</exception>
    Task<DeleteResult> DeleteManyAsync(FilterDefinition<TDocument> filter, DeleteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Returns the distinct values of a field among the matching documents.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field (for an array field, its items).</param>
    /// <param name="filter">The filter.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cursor of values.</returns>
    Task<IAsyncCursor<TField>> DistinctAsync<TField>(FieldDefinition<TDocument, TField> field, FilterDefinition<TDocument> filter, DistinctOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Returns the collection's document count from its metadata (fast, not filtered, may be off after an unclean shutdown).</summary>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    Task<long> EstimatedDocumentCountAsync(EstimatedDocumentCountOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Finds documents.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="options">Sort, skip, limit, batch size, hint, collation and more, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the first batch.</param>
    /// <returns>A cursor of documents.</returns>
    Task<IAsyncCursor<TDocument>> FindAsync(FilterDefinition<TDocument> filter, FindOptions<TDocument>? options = null, CancellationToken cancellationToken = default);

    /// <summary>Finds documents and projects them to <typeparamref name="TProjection"/>.</summary>
    /// <typeparam name="TProjection">The result type.</typeparam>
    /// <param name="filter">The filter.</param>
    /// <param name="options">The options with the projection, or <see langword="null"/> for whole documents.</param>
    /// <param name="cancellationToken">Cancels the first batch.</param>
    /// <returns>A cursor of results.</returns>
    Task<IAsyncCursor<TProjection>> FindAsync<TProjection>(FilterDefinition<TDocument> filter, FindOptions<TDocument, TProjection>? options, CancellationToken cancellationToken = default);

    /// <summary>Deletes the first matching document (by the sort) and returns it.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deleted document, or default when none matched.</returns>
    Task<TDocument?> FindOneAndDeleteAsync(FilterDefinition<TDocument> filter, FindOneAndDeleteOptions<TDocument>? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the first matching document and returns it projected.</summary>
    /// <typeparam name="TProjection">The result type.</typeparam>
    /// <param name="filter">The filter.</param>
    /// <param name="options">The options with the projection.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The projected document, or default when none matched.</returns>
    Task<TProjection?> FindOneAndDeleteAsync<TProjection>(FilterDefinition<TDocument> filter, FindOneAndDeleteOptions<TDocument, TProjection>? options, CancellationToken cancellationToken = default);

    /// <summary>Replaces the first matching document and returns it (before the replacement by default).</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="replacement">The replacement.</param>
    /// <param name="options">Return the new document, upsert, sort, ..., or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The document, or default when none matched.</returns>
    Task<TDocument?> FindOneAndReplaceAsync(FilterDefinition<TDocument> filter, TDocument replacement, FindOneAndReplaceOptions<TDocument>? options = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces the first matching document and returns it projected.</summary>
    /// <typeparam name="TProjection">The result type.</typeparam>
    /// <param name="filter">The filter.</param>
    /// <param name="replacement">The replacement.</param>
    /// <param name="options">The options with the projection.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The projected document, or default when none matched.</returns>
    Task<TProjection?> FindOneAndReplaceAsync<TProjection>(FilterDefinition<TDocument> filter, TDocument replacement, FindOneAndReplaceOptions<TDocument, TProjection>? options, CancellationToken cancellationToken = default);

    /// <summary>Updates the first matching document and returns it (before the update by default).</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="update">The update.</param>
    /// <param name="options">Return the new document, upsert, sort, array filters, ..., or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The document, or default when none matched.</returns>
    Task<TDocument?> FindOneAndUpdateAsync(FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, FindOneAndUpdateOptions<TDocument>? options = null, CancellationToken cancellationToken = default);

    /// <summary>Updates the first matching document and returns it projected.</summary>
    /// <typeparam name="TProjection">The result type.</typeparam>
    /// <param name="filter">The filter.</param>
    /// <param name="update">The update.</param>
    /// <param name="options">The options with the projection.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The projected document, or default when none matched.</returns>
    Task<TProjection?> FindOneAndUpdateAsync<TProjection>(FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, FindOneAndUpdateOptions<TDocument, TProjection>? options, CancellationToken cancellationToken = default);

    /// <summary>Inserts a document; an <c>_id</c> is generated and assigned to it first when it has none.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the server acknowledged the insert.</returns>
    /// <exception cref="MongoDuplicateKeyException">A unique index already holds the document's key.</exception>
    /// <exception cref="MongoWriteException">The server rejected the insert, or its write concern failed.</exception>
    Task InsertOneAsync(TDocument document, InsertOneOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Inserts documents in batches; each gets an <c>_id</c> when it has none.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="options">Ordering and validation options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the server acknowledged the inserts.</returns>
    /// <exception cref="MongoBulkWriteException">Some inserts failed; the errors carry the documents' indexes.</exception>
    Task InsertManyAsync(IEnumerable<TDocument> documents, InsertManyOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces the first matching document.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="replacement">The replacement (it must not contain update operators).</param>
    /// <param name="options">Upsert, hint, collation, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The matched and modified counts, and the upserted id.</returns>
    /// <exception cref="MongoWriteException">The server rejected the replacement, or its write concern failed.</exception>
    Task<ReplaceOneResult> ReplaceOneAsync(FilterDefinition<TDocument> filter, TDocument replacement, ReplaceOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Updates the first matching document.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="update">The update (operators or a pipeline).</param>
    /// <param name="options">Upsert, array filters, hint, collation, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The matched and modified counts, and the upserted id.</returns>
    /// <exception cref="MongoWriteException">The server rejected the update, or its write concern failed.</exception>
    Task<UpdateResult> UpdateOneAsync(FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, UpdateOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Updates every matching document.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="update">The update (operators or a pipeline).</param>
    /// <param name="options">Upsert, array filters, hint, collation, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The matched and modified counts, and the upserted id.</returns>
    /// <exception cref="MongoWriteException">The server rejected the update, or its write concern failed.</exception>
    Task<UpdateResult> UpdateManyAsync(FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, UpdateOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the explicit session this handle runs its operations in, or <see langword="null"/>.</summary>
    IClientSessionHandle? Session { get; }

    /// <summary>
    /// Returns a handle whose operations run in <paramref name="session"/>, e.g. inside its transaction;
    /// <see langword="null"/> returns a handle that uses implicit sessions again.
    /// </summary>
    /// <param name="session">A session started by this collection's client, or <see langword="null"/>.</param>
    /// <returns>The session-bound collection.</returns>
    /// <exception cref="ArgumentException">The session was started by another client.</exception>
    IMongoCollection<TDocument> WithSession(IClientSessionHandle? session);

    /// <summary>Returns a handle with another read concern.</summary>
    /// <param name="readConcern">The read concern.</param>
    /// <returns>The collection.</returns>
    IMongoCollection<TDocument> WithReadConcern(ReadConcern readConcern);

    /// <summary>Returns a handle with another read preference.</summary>
    /// <param name="readPreference">The read preference.</param>
    /// <returns>The collection.</returns>
    IMongoCollection<TDocument> WithReadPreference(ReadPreference readPreference);

    /// <summary>Returns a handle with another write concern.</summary>
    /// <param name="writeConcern">The write concern.</param>
    /// <returns>The collection.</returns>
    IMongoCollection<TDocument> WithWriteConcern(WriteConcern writeConcern);
}
