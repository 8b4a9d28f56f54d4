using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A database: collections, catalog commands, commands and database-level aggregations.</summary>
public interface IMongoDatabase
{
    /// <summary>Gets the client.</summary>
    IMongoClient Client { get; }

    /// <summary>Gets the database name.</summary>
    DatabaseNamespace DatabaseNamespace { get; }

    /// <summary>Gets the effective settings (inherited values filled in).</summary>
    MongoDatabaseSettings Settings { get; }

    /// <summary>Returns a handle to a collection; nothing is sent to the server until it is used.</summary>
    /// <typeparam name="TDocument">The document type; its serializer comes from the serializer registry.</typeparam>
    /// <param name="name">The collection name.</param>
    /// <param name="settings">Overrides, or <see langword="null"/>.</param>
    /// <returns>The collection.</returns>
    IMongoCollection<TDocument> GetCollection<TDocument>(string name, MongoCollectionSettings? settings = null);

    /// <summary>Creates a collection explicitly (collections are also created by their first insert).</summary>
    /// <param name="name">The collection name.</param>
    /// <param name="options">Validator, capping and collation, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the collection exists.</returns>
    /// <exception cref="MongoCommandException">The collection already exists (code 48, NamespaceExists) or the options are invalid.</exception>
    Task CreateCollectionAsync(string name, CreateCollectionOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Drops a collection and its indexes; dropping a missing collection does nothing.</summary>
    /// <param name="name">The collection name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the collection is gone.</returns>
    Task DropCollectionAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Lists the collection names.</summary>
    /// <param name="options">A filter, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cursor of names.</returns>
    Task<IAsyncCursor<string>> ListCollectionNamesAsync(ListCollectionNamesOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the collections with their options (<c>{ name, type, options, info, idIndex }</c>).</summary>
    /// <param name="options">A filter, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cursor of collection descriptions.</returns>
    Task<IAsyncCursor<BsonDocument>> ListCollectionsAsync(ListCollectionsOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Renames a collection within this database.</summary>
    /// <param name="oldName">The current name.</param>
    /// <param name="newName">The new name.</param>
    /// <param name="options">Whether to drop an existing target, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the collection is renamed.</returns>
    Task RenameCollectionAsync(string oldName, string newName, RenameCollectionOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a command and returns its reply.</summary>
    /// <typeparam name="TResult">The reply type (e.g. <see cref="BsonDocument"/>).</typeparam>
    /// <param name="command">The command; it is not modified.</param>
    /// <param name="readPreference">Where to run it, or <see langword="null"/> for the primary.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The reply.</returns>
    /// <exception cref="MongoCommandException">The server answered <c>ok: 0</c>.</exception>
    Task<TResult> RunCommandAsync<TResult>(BsonDocument command, ReadPreference? readPreference = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a database-level aggregation (first stage such as <c>$documents</c> or <c>$currentOp</c>).</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cursor of results.</returns>
    Task<IAsyncCursor<TResult>> AggregateAsync<TResult>(PipelineDefinition<NoPipelineInput, TResult> pipeline, AggregateOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the explicit session this handle runs its operations in, or <see langword="null"/>.</summary>
    IClientSessionHandle? Session { get; }

    /// <summary>
    /// Returns a handle whose operations (and those of its collections) run in <paramref name="session"/>, e.g. inside
    /// its transaction; <see langword="null"/> returns a handle that uses implicit sessions again.
    /// </summary>
    /// <param name="session">A session started by this database's client, or <see langword="null"/>.</param>
    /// <returns>The session-bound database.</returns>
    /// <exception cref="ArgumentException">The session was started by another client.</exception>
    IMongoDatabase WithSession(IClientSessionHandle? session);

    /// <summary>Returns a handle with another read concern.</summary>
    /// <param name="readConcern">The read concern.</param>
    /// <returns>The database.</returns>
    IMongoDatabase WithReadConcern(ReadConcern readConcern);

    /// <summary>Returns a handle with another read preference.</summary>
    /// <param name="readPreference">The read preference.</param>
    /// <returns>The database.</returns>
    IMongoDatabase WithReadPreference(ReadPreference readPreference);

    /// <summary>Returns a handle with another write concern.</summary>
    /// <param name="writeConcern">The write concern.</param>
    /// <returns>The database.</returns>
    IMongoDatabase WithWriteConcern(WriteConcern writeConcern);
}
