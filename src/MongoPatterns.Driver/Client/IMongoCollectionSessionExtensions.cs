namespace MongoPatterns.Driver;

/// <summary>
/// Session-first overloads of the collection operations (as in the official driver):
/// <c>collection.InsertOneAsync(session, document)</c> is <c>collection.WithSession(session).InsertOneAsync(document)</c>.
/// Every other operation runs in a session through <see cref="IMongoCollection{TDocument}.WithSession"/>.
/// </summary>
public static class IMongoCollectionSessionExtensions
{
    /// <summary>Inserts a document in the session (e.g. inside its transaction).</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="document">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task InsertOneAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, TDocument document, InsertOneOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).InsertOneAsync(document, options, cancellationToken);
    }

    /// <summary>Inserts documents in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="documents">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task InsertManyAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, IEnumerable<TDocument> documents, InsertManyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).InsertManyAsync(documents, options, cancellationToken);
    }

    /// <summary>Updates the first matching document in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="filter">As in the overload without a session.</param>
    /// <param name="update">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task<UpdateResult> UpdateOneAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, UpdateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).UpdateOneAsync(filter, update, options, cancellationToken);
    }

    /// <summary>Updates every matching document in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="filter">As in the overload without a session.</param>
    /// <param name="update">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task<UpdateResult> UpdateManyAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, UpdateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).UpdateManyAsync(filter, update, options, cancellationToken);
    }

    /// <summary>Replaces the first matching document in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="filter">As in the overload without a session.</param>
    /// <param name="replacement">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task<ReplaceOneResult> ReplaceOneAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, FilterDefinition<TDocument> filter, TDocument replacement, ReplaceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).ReplaceOneAsync(filter, replacement, options, cancellationToken);
    }

    /// <summary>Deletes the first matching document in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="filter">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task<DeleteResult> DeleteOneAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, FilterDefinition<TDocument> filter, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).DeleteOneAsync(filter, options, cancellationToken);
    }

    /// <summary>Deletes every matching document in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="filter">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task<DeleteResult> DeleteManyAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, FilterDefinition<TDocument> filter, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).DeleteManyAsync(filter, options, cancellationToken);
    }

    /// <summary>Runs a bulk write in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="requests">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task<BulkWriteResult> BulkWriteAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, IEnumerable<WriteModel<TDocument>> requests, BulkWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).BulkWriteAsync(requests, options, cancellationToken);
    }

    /// <summary>Finds documents in the session (inside a transaction: its snapshot plus its own writes).</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="filter">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task<IAsyncCursor<TDocument>> FindAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, FilterDefinition<TDocument> filter, FindOptions<TDocument>? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).FindAsync(filter, options, cancellationToken);
    }

    /// <summary>Counts matching documents in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="filter">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task<long> CountDocumentsAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, FilterDefinition<TDocument> filter, CountOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).CountDocumentsAsync(filter, options, cancellationToken);
    }

    /// <summary>Updates a document and returns it, in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="filter">As in the overload without a session.</param>
    /// <param name="update">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task<TDocument?> FindOneAndUpdateAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, FindOneAndUpdateOptions<TDocument>? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).FindOneAndUpdateAsync(filter, update, options, cancellationToken);
    }

    /// <summary>Replaces a document and returns it, in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="filter">As in the overload without a session.</param>
    /// <param name="replacement">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task<TDocument?> FindOneAndReplaceAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, FilterDefinition<TDocument> filter, TDocument replacement, FindOneAndReplaceOptions<TDocument>? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).FindOneAndReplaceAsync(filter, replacement, options, cancellationToken);
    }

    /// <summary>Deletes a document and returns it, in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="filter">As in the overload without a session.</param>
    /// <param name="options">As in the overload without a session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>As in the overload without a session.</returns>
    public static Task<TDocument?> FindOneAndDeleteAsync<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, FilterDefinition<TDocument> filter, FindOneAndDeleteOptions<TDocument>? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).FindOneAndDeleteAsync(filter, options, cancellationToken);
    }

    /// <summary>Starts a fluent find in the session.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="session">The session.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="options">The options, or null.</param>
    /// <returns>The fluent find.</returns>
    public static IFindFluent<TDocument, TDocument> Find<TDocument>(this IMongoCollection<TDocument> collection, IClientSessionHandle session, FilterDefinition<TDocument> filter, FindOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(session);
        return collection.WithSession(session).Find(filter, options);
    }
}
