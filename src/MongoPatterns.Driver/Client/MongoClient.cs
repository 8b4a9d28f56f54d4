using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Serializers;
using MongoPatterns.Driver.Core;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Cursors;
using MongoPatterns.Driver.Operations;
using MongoPatterns.Driver.Sessions;

namespace MongoPatterns.Driver;

/// <summary>
/// The MongoDB client: monitors the deployment, pools connections per server and runs operations. Create it from a
/// connection string (<c>new MongoClient("mongodb://localhost:27017")</c>) or from <see cref="MongoClientSettings"/>,
/// optionally with <see cref="MongoClientOptions"/> for logging, events and tracing. Thread-safe; share one instance.
/// </summary>
/// <remarks>
/// Creating a client does not block: servers are discovered in the background and the first operation waits for a
/// suitable server (up to <c>serverSelectionTimeoutMS</c>). Disposing it ends the pooled server sessions and closes every
/// connection. <c>mongodb+srv://</c> connection strings and <c>loadBalanced=true</c> are not supported yet.
/// </remarks>
public sealed class MongoClient : IMongoClient
{
    /// <summary>Creates a client for <c>mongodb://localhost:27017</c>.</summary>
    public MongoClient()
        : this(new MongoClientSettings())
    {
    }

    /// <summary>Creates a client from a connection string.</summary>
    /// <param name="connectionString">The <c>mongodb://</c> connection string.</param>
    /// <param name="options">Logging, events, serializers and tracing, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="MongoConfigurationException">The connection string is invalid.</exception>
    /// <exception cref="NotSupportedException">It uses <c>mongodb+srv://</c>, <c>loadBalanced=true</c> or an unsupported authentication mechanism.</exception>
    public MongoClient(string connectionString, MongoClientOptions? options = null)
        : this(MongoClientSettings.Parse(connectionString), options)
    {
    }

    /// <summary>Creates a client from settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="options">Logging, events, serializers and tracing, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="MongoConfigurationException">The settings are invalid.</exception>
    /// <exception cref="NotSupportedException">They ask for SRV lookup, a load balancer or an unsupported authentication mechanism.</exception>
    public MongoClient(MongoClientSettings settings, MongoClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Core = new ClientCore(settings, options ?? MongoClientOptions.Default);
        DefaultSettings = new CollectionOperationSettings(settings.ReadConcern, settings.ReadPreference, settings.WriteConcern, Core.Options.SerializerRegistry);
    }

    /// <inheritdoc />
    public MongoClientSettings Settings => Core.Settings;

    /// <summary>Gets the options the client was created with.</summary>
    public MongoClientOptions Options => Core.Options;

    /// <summary>Gets the machinery behind the client.</summary>
    internal ClientCore Core { get; }

    /// <summary>Gets the client-level read/write settings.</summary>
    internal CollectionOperationSettings DefaultSettings { get; }

    /// <inheritdoc />
    public IMongoDatabase GetDatabase(string name, MongoDatabaseSettings? settings = null)
    {
        var effective = new CollectionOperationSettings(
            settings?.ReadConcern ?? DefaultSettings.ReadConcern,
            settings?.ReadPreference ?? DefaultSettings.ReadPreference,
            settings?.WriteConcern ?? DefaultSettings.WriteConcern,
            DefaultSettings.SerializerRegistry);
        return new MongoDatabase(this, new DatabaseNamespace(name), effective);
    }

    /// <inheritdoc />
    public async Task<IAsyncCursor<string>> ListDatabaseNamesAsync(CancellationToken cancellationToken = default)
    {
        var cursor = await ListDatabasesAsync(new ListDatabasesOptions { NameOnly = true }, cancellationToken).ConfigureAwait(false);
        return new MappedCursor<BsonDocument, string>(cursor, database => database["name"].AsString);
    }

    /// <inheritdoc />
    public Task<IAsyncCursor<BsonDocument>> ListDatabasesAsync(ListDatabasesOptions? options = null, CancellationToken cancellationToken = default) =>
        Core.ExecuteAsync(new ListDatabasesOperation(options), "listDatabases", "admin", null, cancellationToken);

    /// <inheritdoc />
    public async Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        var database = new DatabaseNamespace(name);
        var operation = new WriteCommandOperation(database.DatabaseName, new BsonDocument("dropDatabase", 1), DefaultSettings.WriteConcern);
        await Core.ExecuteAsync(operation, "dropDatabase", database.DatabaseName, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IClientSessionHandle> StartSessionAsync(ClientSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Core.IsDisposed, this);
        var server = await Core.Cluster.SelectServerAsync(ServerSelector.ForRead(ReadPreference.PrimaryPreferred), "startSession", 0, cancellationToken).ConfigureAwait(false);
        if (server.Description.LogicalSessionTimeout is null)
        {
            throw new NotSupportedException($"The server {server.Address} does not support sessions (its hello reply has no logicalSessionTimeoutMinutes).");
        }

        return new ClientSessionHandle(this, options);
    }

    /// <inheritdoc />
    public IClientSessionHandle StartSession(ClientSessionOptions? options = null, CancellationToken cancellationToken = default) =>
        StartSessionAsync(options, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Core.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => Core.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Runs a command against the admin database (used by tests and tools).</summary>
    internal Task<BsonDocument> RunAdminCommandAsync(BsonDocument command, CancellationToken cancellationToken = default) =>
        Core.ExecuteAsync(new RunCommandOperation<BsonDocument>("admin", command, ReadPreference.Primary, BsonDocumentSerializer.Instance), "runCommand", "admin", null, cancellationToken);
}
