using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>
/// A connection to a MongoDB deployment: the entry point to databases. Create one per application and share it; it
/// is thread-safe and owns the connection pools. Dispose it at shutdown.
/// </summary>
public interface IMongoClient : IDisposable, IAsyncDisposable
{
    /// <summary>Gets the settings the client was created with.</summary>
    MongoClientSettings Settings { get; }

    /// <summary>Returns a handle to a database; nothing is sent to the server until it is used.</summary>
    /// <param name="name">The database name.</param>
    /// <param name="settings">Overrides of the read/write concerns and read preference, or <see langword="null"/>.</param>
    /// <returns>The database.</returns>
    IMongoDatabase GetDatabase(string name, MongoDatabaseSettings? settings = null);

    /// <summary>Lists the names of the databases.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cursor of names.</returns>
    Task<IAsyncCursor<string>> ListDatabaseNamesAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists the databases with their sizes (<c>{ name, sizeOnDisk, empty }</c>).</summary>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cursor of database descriptions.</returns>
    Task<IAsyncCursor<BsonDocument>> ListDatabasesAsync(ListDatabasesOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Drops a database and everything in it.</summary>
    /// <param name="name">The database name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the database is dropped.</returns>
    Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts an explicit session (Driver Sessions specification): causally consistent reads and multi-document
    /// transactions. Run operations in it with <c>WithSession(session)</c> or the session-first overloads; dispose it
    /// when done. Waits for a server to check that the deployment supports sessions.
    /// </summary>
    /// <param name="options">The session options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the wait for a server.</param>
    /// <returns>The session.</returns>
    /// <exception cref="NotSupportedException">The deployment does not support sessions.</exception>
    Task<IClientSessionHandle> StartSessionAsync(ClientSessionOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Starts an explicit session; the synchronous form of <see cref="StartSessionAsync"/>.</summary>
    /// <param name="options">The session options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the wait for a server.</param>
    /// <returns>The session.</returns>
    /// <exception cref="NotSupportedException">The deployment does not support sessions.</exception>
    IClientSessionHandle StartSession(ClientSessionOptions? options = null, CancellationToken cancellationToken = default);
}
