using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Cursors;
using MongoPatterns.Driver.Definitions;
using MongoPatterns.Driver.Exceptions;
using MongoPatterns.Driver.Operations;
using MongoPatterns.Driver.Sessions;

namespace MongoPatterns.Driver;

/// <summary>The database handle behind <see cref="IMongoDatabase"/>.</summary>
internal sealed class MongoDatabase : IMongoDatabase
{
    private readonly MongoClient _client;
    private readonly ClientSessionHandle? _session;

    public MongoDatabase(MongoClient client, DatabaseNamespace databaseNamespace, CollectionOperationSettings settings, ClientSessionHandle? session = null)
    {
        _client = client;
        _session = session;
        DatabaseNamespace = databaseNamespace;
        OperationSettings = settings;
    }

    public IMongoClient Client => _client;

    public IClientSessionHandle? Session => _session;

    public DatabaseNamespace DatabaseNamespace { get; }

    public MongoDatabaseSettings Settings => new()
    {
        ReadConcern = OperationSettings.ReadConcern,
        ReadPreference = OperationSettings.ReadPreference,
        WriteConcern = OperationSettings.WriteConcern,
    };

    internal CollectionOperationSettings OperationSettings { get; }

    internal MongoClient MongoClient => _client;

    private string Name => DatabaseNamespace.DatabaseName;

    public IMongoCollection<TDocument> GetCollection<TDocument>(string name, MongoCollectionSettings? settings = null)
    {
        var effective = new CollectionOperationSettings(
            settings?.ReadConcern ?? OperationSettings.ReadConcern,
            settings?.ReadPreference ?? OperationSettings.ReadPreference,
            settings?.WriteConcern ?? OperationSettings.WriteConcern,
            settings?.SerializerRegistry ?? OperationSettings.SerializerRegistry);
        return new MongoCollection<TDocument>(this, new CollectionNamespace(DatabaseNamespace, name), effective, effective.SerializerRegistry.GetSerializer<TDocument>(), _session);
    }

    public async Task CreateCollectionAsync(string name, CreateCollectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var collection = new CollectionNamespace(DatabaseNamespace, name);
        var command = new BsonDocument("create", collection.CollectionName);
        command.AddIfNotNull("capped", options?.Capped);
        if (options?.MaxSize is { } size)
        {
            command.Add("size", size);
        }

        if (options?.MaxDocuments is { } max)
        {
            command.Add("max", max);
        }

        command.AddIfNotNull("validator", options?.Validator);
        if (options?.ValidationLevel is { } level)
        {
            command.Add("validationLevel", level.ToString().ToLowerInvariant());
        }

        if (options?.ValidationAction is { } action)
        {
            command.Add("validationAction", action.ToString().ToLowerInvariant());
        }

        command.AddCollation(options?.Collation);
        var operation = new WriteCommandOperation(Name, command, OperationSettings.WriteConcern) { CollectionName = collection.CollectionName };
        await _client.Core.ExecuteAsync(operation, "create", Name, collection.CollectionName, _session, cancellationToken).ConfigureAwait(false);
    }

    public async Task DropCollectionAsync(string name, CancellationToken cancellationToken = default)
    {
        var collection = new CollectionNamespace(DatabaseNamespace, name);
        var operation = new WriteCommandOperation(Name, new BsonDocument("drop", collection.CollectionName), OperationSettings.WriteConcern)
        {
            CollectionName = collection.CollectionName,
            IgnoredErrorCodes = [ServerErrorCodes.NamespaceNotFound],
        };
        await _client.Core.ExecuteAsync(operation, "drop", Name, collection.CollectionName, _session, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IAsyncCursor<string>> ListCollectionNamesAsync(ListCollectionNamesOptions? options = null, CancellationToken cancellationToken = default)
    {
        var operation = new ListCollectionsOperation(DatabaseNamespace)
        {
            Filter = options?.Filter,
            NameOnly = true,
            AuthorizedCollections = options?.AuthorizedCollections,
            Comment = options?.Comment,
        };
        var cursor = await _client.Core.ExecuteAsync(operation, "listCollections", Name, null, _session, cancellationToken).ConfigureAwait(false);
        return new MappedCursor<BsonDocument, string>(cursor, collection => collection["name"].AsString);
    }

    public Task<IAsyncCursor<BsonDocument>> ListCollectionsAsync(ListCollectionsOptions? options = null, CancellationToken cancellationToken = default)
    {
        var operation = new ListCollectionsOperation(DatabaseNamespace)
        {
            Filter = options?.Filter,
            AuthorizedCollections = options?.AuthorizedCollections,
            BatchSize = options?.BatchSize,
            Comment = options?.Comment,
        };
        return _client.Core.ExecuteAsync(operation, "listCollections", Name, null, _session, cancellationToken);
    }

    public async Task RenameCollectionAsync(string oldName, string newName, RenameCollectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var from = new CollectionNamespace(DatabaseNamespace, oldName);
        var to = new CollectionNamespace(DatabaseNamespace, newName);
        var command = new BsonDocument { { "renameCollection", from.FullName }, { "to", to.FullName } };
        command.AddIfNotNull("dropTarget", options?.DropTarget);
        var operation = new WriteCommandOperation("admin", command, OperationSettings.WriteConcern) { CollectionName = from.CollectionName };
        await _client.Core.ExecuteAsync(operation, "renameCollection", "admin", null, _session, cancellationToken).ConfigureAwait(false);
    }

    public Task<TResult> RunCommandAsync<TResult>(BsonDocument command, ReadPreference? readPreference = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.ElementCount == 0)
        {
            throw new ArgumentException("The command document is empty; its first field must name the command.", nameof(command));
        }

        var serializer = ValueSerializers.Get<TResult>(OperationSettings.SerializerRegistry);
        var operation = new RunCommandOperation<TResult>(Name, command, readPreference ?? ReadPreference.Primary, serializer);
        return _client.Core.ExecuteAsync(operation, command.GetElement(0).Name, Name, null, _session, cancellationToken);
    }

    public Task<IAsyncCursor<TResult>> AggregateAsync<TResult>(PipelineDefinition<NoPipelineInput, TResult> pipeline, AggregateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var rendered = pipeline.Render(new RenderArgs<NoPipelineInput>(NoPipelineInputSerializer.Instance, OperationSettings.SerializerRegistry));
        var operation = new AggregateOperation<TResult>(DatabaseNamespace, null, rendered.Documents, rendered.OutputSerializer, OperationSettings, options);
        return _client.Core.ExecuteAsync(operation, "aggregate", Name, null, _session, cancellationToken);
    }

    public IMongoDatabase WithSession(IClientSessionHandle? session) =>
        new MongoDatabase(_client, DatabaseNamespace, OperationSettings, SessionArguments.ToHandle(session, _client));

    public IMongoDatabase WithReadConcern(ReadConcern readConcern)
    {
        ArgumentNullException.ThrowIfNull(readConcern);
        return new MongoDatabase(_client, DatabaseNamespace, OperationSettings with { ReadConcern = readConcern }, _session);
    }

    public IMongoDatabase WithReadPreference(ReadPreference readPreference)
    {
        ArgumentNullException.ThrowIfNull(readPreference);
        return new MongoDatabase(_client, DatabaseNamespace, OperationSettings with { ReadPreference = readPreference }, _session);
    }

    public IMongoDatabase WithWriteConcern(WriteConcern writeConcern)
    {
        ArgumentNullException.ThrowIfNull(writeConcern);
        return new MongoDatabase(_client, DatabaseNamespace, OperationSettings with { WriteConcern = writeConcern }, _session);
    }

    /// <summary>The input serializer of database-level pipelines, which have no input documents.</summary>
    private sealed class NoPipelineInputSerializer : IBsonSerializer<NoPipelineInput>
    {
        public static NoPipelineInputSerializer Instance { get; } = new();

        public Type ValueType => typeof(NoPipelineInput);

        public void Serialize(BsonBinaryWriter writer, NoPipelineInput value) => throw new NotSupportedException("Database-level pipelines have no input documents.");

        public NoPipelineInput Deserialize(ref BsonBinaryReader reader, BsonType type) => throw new NotSupportedException("Database-level pipelines have no input documents.");

        public void SerializeObject(BsonBinaryWriter writer, object? value) => throw new NotSupportedException("Database-level pipelines have no input documents.");

        public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => throw new NotSupportedException("Database-level pipelines have no input documents.");
    }
}
