using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Core;
using MongoPatterns.Driver.Definitions;
using MongoPatterns.Driver.Exceptions;
using MongoPatterns.Driver.Operations;
using MongoPatterns.Driver.Sessions;

namespace MongoPatterns.Driver;

/// <summary>The collection handle behind <see cref="IMongoCollection{TDocument}"/>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class MongoCollection<TDocument> : IMongoCollection<TDocument>
{
    private readonly MongoDatabase _database;
    private readonly ClientSessionHandle? _session;

    public MongoCollection(MongoDatabase database, CollectionNamespace collectionNamespace, CollectionOperationSettings settings, IBsonSerializer<TDocument> documentSerializer, ClientSessionHandle? session = null)
    {
        _database = database;
        _session = session;
        CollectionNamespace = collectionNamespace;
        OperationSettings = settings;
        DocumentSerializer = documentSerializer;
        RenderArgs = new RenderArgs<TDocument>(documentSerializer, settings.SerializerRegistry);
    }

    public CollectionNamespace CollectionNamespace { get; }

    public IMongoDatabase Database => _database;

    public IClientSessionHandle? Session => _session;

    public IBsonSerializer<TDocument> DocumentSerializer { get; }

    public IMongoIndexManager<TDocument> Indexes => new MongoIndexManager<TDocument>(this);

    public MongoCollectionSettings Settings => new()
    {
        ReadConcern = OperationSettings.ReadConcern,
        ReadPreference = OperationSettings.ReadPreference,
        WriteConcern = OperationSettings.WriteConcern,
        SerializerRegistry = OperationSettings.SerializerRegistry,
    };

    internal CollectionOperationSettings OperationSettings { get; }

    internal RenderArgs<TDocument> RenderArgs { get; }

    internal ClientCore Core => _database.MongoClient.Core;

    private string DatabaseName => CollectionNamespace.DatabaseNamespace.DatabaseName;

    private string CollectionName => CollectionNamespace.CollectionName;

    public Task<IAsyncCursor<TResult>> AggregateAsync<TResult>(PipelineDefinition<TDocument, TResult> pipeline, AggregateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var rendered = pipeline.Render(RenderArgs);
        var operation = new AggregateOperation<TResult>(CollectionNamespace.DatabaseNamespace, CollectionName, rendered.Documents, rendered.OutputSerializer, OperationSettings, options);
        return Execute(operation, "aggregate", cancellationToken);
    }

    public Task<BulkWriteResult> BulkWriteAsync(IEnumerable<WriteModel<TDocument>> requests, BulkWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var list = requests.ToList();
        if (list.Any(request => request is null))
        {
            throw new ArgumentException("A bulk write request is null.", nameof(requests));
        }

        var operation = new BulkWriteOperation<TDocument>(CollectionNamespace, list, DocumentSerializer, OperationSettings)
        {
            IsOrdered = options?.IsOrdered ?? true,
            BypassDocumentValidation = options?.BypassDocumentValidation,
            Comment = options?.Comment,
            Let = options?.Let,
        };
        return Execute(operation, "bulkWrite", cancellationToken);
    }

    public Task<long> CountAsync(FilterDefinition<TDocument> filter, CountOptions? options = null, CancellationToken cancellationToken = default) =>
        Execute(new CountOperation(CollectionNamespace, Render(filter), OperationSettings, options), "count", cancellationToken);

    public Task<long> CountDocumentsAsync(FilterDefinition<TDocument> filter, CountOptions? options = null, CancellationToken cancellationToken = default) =>
        Execute(new CountDocumentsOperation(CollectionNamespace, Render(filter), OperationSettings, options), "aggregate", cancellationToken);

    public async Task<DeleteResult> DeleteOneAsync(FilterDefinition<TDocument> filter, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var model = new DeleteOneModel<TDocument>(filter) { Collation = options?.Collation, Hint = options?.Hint };
        var result = await WriteOneAsync(model, "delete", options?.Comment, options?.Let, null, cancellationToken).ConfigureAwait(false);
        return result.IsAcknowledged ? DeleteResult.Acknowledged(result.DeletedCount) : DeleteResult.Unacknowledged;
    }

    public async Task<DeleteResult> DeleteManyAsync(FilterDefinition<TDocument> filter, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var model = new DeleteManyModel<TDocument>(filter) { Collation = options?.Collation, Hint = options?.Hint };
        var result = await WriteOneAsync(model, "delete", options?.Comment, options?.Let, null, cancellationToken).ConfigureAwait(false);
        return result.IsAcknowledged ? DeleteResult.Acknowledged(result.DeletedCount) : DeleteResult.Unacknowledged;
    }

    public Task<IAsyncCursor<TField>> DistinctAsync<TField>(FieldDefinition<TDocument, TField> field, FilterDefinition<TDocument> filter, DistinctOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(field);
        var rendered = field.Render(RenderArgs);
        var operation = new DistinctOperation<TField>(CollectionNamespace, rendered.FieldName, rendered.FieldSerializer, Render(filter), OperationSettings, options);
        return Execute(operation, "distinct", cancellationToken);
    }

    public Task<long> EstimatedDocumentCountAsync(EstimatedDocumentCountOptions? options = null, CancellationToken cancellationToken = default) =>
        Execute(new EstimatedDocumentCountOperation(CollectionNamespace, OperationSettings, options), "count", cancellationToken);

    public Task<IAsyncCursor<TDocument>> FindAsync(FilterDefinition<TDocument> filter, FindOptions<TDocument>? options = null, CancellationToken cancellationToken = default) =>
        FindAsync<TDocument>(filter, options, cancellationToken);

    public Task<IAsyncCursor<TProjection>> FindAsync<TProjection>(FilterDefinition<TDocument> filter, FindOptions<TDocument, TProjection>? options, CancellationToken cancellationToken = default)
    {
        var projection = RenderProjection(options?.Projection);
        var operation = new FindOperation<TProjection>(CollectionNamespace, Render(filter), projection.ProjectionSerializer, OperationSettings)
        {
            Options = options,
            Sort = options?.Sort?.Render(RenderArgs),
            Projection = projection.Document,
            Skip = options?.Skip,
            Limit = options?.Limit,
        };
        return Execute(operation, "find", cancellationToken);
    }

    public Task<TDocument?> FindOneAndDeleteAsync(FilterDefinition<TDocument> filter, FindOneAndDeleteOptions<TDocument>? options = null, CancellationToken cancellationToken = default) =>
        FindOneAndDeleteAsync<TDocument>(filter, options, cancellationToken);

    public Task<TProjection?> FindOneAndDeleteAsync<TProjection>(FilterDefinition<TDocument> filter, FindOneAndDeleteOptions<TDocument, TProjection>? options, CancellationToken cancellationToken = default)
    {
        var projection = RenderProjection(options?.Projection);
        var operation = new FindAndModifyOperation<TProjection>(CollectionNamespace, Render(filter), projection.ProjectionSerializer, OperationSettings.WriteConcern)
        {
            Remove = true,
            Sort = options?.Sort?.Render(RenderArgs),
            Projection = projection.Document,
            Collation = options?.Collation,
            Hint = options?.Hint,
            Let = options?.Let,
            Comment = options?.Comment,
            MaxTime = options?.MaxTime,
        };
        return Execute(operation, "findAndModify", cancellationToken);
    }

    public Task<TDocument?> FindOneAndReplaceAsync(FilterDefinition<TDocument> filter, TDocument replacement, FindOneAndReplaceOptions<TDocument>? options = null, CancellationToken cancellationToken = default) =>
        FindOneAndReplaceAsync<TDocument>(filter, replacement, options, cancellationToken);

    public Task<TProjection?> FindOneAndReplaceAsync<TProjection>(FilterDefinition<TDocument> filter, TDocument replacement, FindOneAndReplaceOptions<TDocument, TProjection>? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var document = ValueSerializers.Render(DocumentSerializer, replacement);
        if (document is BsonDocument replacementDocument)
        {
            WriteStatementEncoder<TDocument>.ValidateReplacement(replacementDocument.ToBson());
        }

        var projection = RenderProjection(options?.Projection);
        var operation = new FindAndModifyOperation<TProjection>(CollectionNamespace, Render(filter), projection.ProjectionSerializer, OperationSettings.WriteConcern)
        {
            Update = document,
            ReturnNew = options?.ReturnDocument == ReturnDocument.After,
            Upsert = options?.IsUpsert ?? false,
            Sort = options?.Sort?.Render(RenderArgs),
            Projection = projection.Document,
            BypassDocumentValidation = options?.BypassDocumentValidation,
            Collation = options?.Collation,
            Hint = options?.Hint,
            Let = options?.Let,
            Comment = options?.Comment,
            MaxTime = options?.MaxTime,
        };
        return Execute(operation, "findAndModify", cancellationToken);
    }

    public Task<TDocument?> FindOneAndUpdateAsync(FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, FindOneAndUpdateOptions<TDocument>? options = null, CancellationToken cancellationToken = default) =>
        FindOneAndUpdateAsync<TDocument>(filter, update, options, cancellationToken);

    public Task<TProjection?> FindOneAndUpdateAsync<TProjection>(FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, FindOneAndUpdateOptions<TDocument, TProjection>? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var rendered = update.Render(RenderArgs);
        WriteStatementEncoder<TDocument>.ValidateUpdate(rendered);
        var projection = RenderProjection(options?.Projection);
        var operation = new FindAndModifyOperation<TProjection>(CollectionNamespace, Render(filter), projection.ProjectionSerializer, OperationSettings.WriteConcern)
        {
            Update = rendered,
            ReturnNew = options?.ReturnDocument == ReturnDocument.After,
            Upsert = options?.IsUpsert ?? false,
            Sort = options?.Sort?.Render(RenderArgs),
            Projection = projection.Document,
            BypassDocumentValidation = options?.BypassDocumentValidation,
            Collation = options?.Collation,
            ArrayFilters = options?.ArrayFilters,
            Hint = options?.Hint,
            Let = options?.Let,
            Comment = options?.Comment,
            MaxTime = options?.MaxTime,
        };
        return Execute(operation, "findAndModify", cancellationToken);
    }

    public async Task InsertOneAsync(TDocument document, InsertOneOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        await WriteOneAsync(new InsertOneModel<TDocument>(document), "insert", options?.Comment, null, options?.BypassDocumentValidation, cancellationToken).ConfigureAwait(false);
    }

    public async Task InsertManyAsync(IEnumerable<TDocument> documents, InsertManyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var models = documents.Select(document => (WriteModel<TDocument>)new InsertOneModel<TDocument>(document)).ToList();
        var operation = new BulkWriteOperation<TDocument>(CollectionNamespace, models, DocumentSerializer, OperationSettings)
        {
            IsOrdered = options?.IsOrdered ?? true,
            BypassDocumentValidation = options?.BypassDocumentValidation,
            Comment = options?.Comment,
        };
        await Execute(operation, "insert", cancellationToken).ConfigureAwait(false);
    }

    public async Task<ReplaceOneResult> ReplaceOneAsync(FilterDefinition<TDocument> filter, TDocument replacement, ReplaceOptions? options = null, CancellationToken cancellationToken = default)
    {
        var model = new ReplaceOneModel<TDocument>(filter, replacement) { IsUpsert = options?.IsUpsert ?? false, Collation = options?.Collation, Hint = options?.Hint, Sort = options?.Sort is { } sort ? (SortDefinition<TDocument>)sort : null };
        var result = await WriteOneAsync(model, "update", options?.Comment, options?.Let, options?.BypassDocumentValidation, cancellationToken).ConfigureAwait(false);
        return result.IsAcknowledged
            ? ReplaceOneResult.Acknowledged(result.MatchedCount, result.ModifiedCount, result.Upserts.Count > 0 ? result.Upserts[0].Id : null)
            : ReplaceOneResult.Unacknowledged;
    }

    public Task<UpdateResult> UpdateOneAsync(FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, UpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(new UpdateOneModel<TDocument>(filter, update) { IsUpsert = options?.IsUpsert ?? false, ArrayFilters = options?.ArrayFilters, Collation = options?.Collation, Hint = options?.Hint, Sort = options?.Sort is { } sort ? (SortDefinition<TDocument>)sort : null }, options, cancellationToken);

    public Task<UpdateResult> UpdateManyAsync(FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, UpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        options?.Sort is not null
            ? throw new ArgumentException("Sort applies to UpdateOne only: UpdateMany changes every matching document.", nameof(options))
            : UpdateAsync(new UpdateManyModel<TDocument>(filter, update) { IsUpsert = options?.IsUpsert ?? false, ArrayFilters = options?.ArrayFilters, Collation = options?.Collation, Hint = options?.Hint }, options, cancellationToken);

    public IMongoCollection<TDocument> WithSession(IClientSessionHandle? session) =>
        new MongoCollection<TDocument>(_database, CollectionNamespace, OperationSettings, DocumentSerializer, SessionArguments.ToHandle(session, _database.MongoClient));

    public IMongoCollection<TDocument> WithReadConcern(ReadConcern readConcern)
    {
        ArgumentNullException.ThrowIfNull(readConcern);
        return new MongoCollection<TDocument>(_database, CollectionNamespace, OperationSettings with { ReadConcern = readConcern }, DocumentSerializer, _session);
    }

    public IMongoCollection<TDocument> WithReadPreference(ReadPreference readPreference)
    {
        ArgumentNullException.ThrowIfNull(readPreference);
        return new MongoCollection<TDocument>(_database, CollectionNamespace, OperationSettings with { ReadPreference = readPreference }, DocumentSerializer, _session);
    }

    public IMongoCollection<TDocument> WithWriteConcern(WriteConcern writeConcern)
    {
        ArgumentNullException.ThrowIfNull(writeConcern);
        return new MongoCollection<TDocument>(_database, CollectionNamespace, OperationSettings with { WriteConcern = writeConcern }, DocumentSerializer, _session);
    }

    /// <summary>Runs a catalog command on this collection (index manager).</summary>
    internal Task<BsonDocument> RunWriteCommandAsync(BsonDocument command, string operationName, CancellationToken cancellationToken) =>
        Execute(new WriteCommandOperation(DatabaseName, command, OperationSettings.WriteConcern) { CollectionName = CollectionName }, operationName, cancellationToken);

    /// <summary>Runs an operation against this collection.</summary>
    internal Task<TResult> Execute<TResult>(IOperation<TResult> operation, string operationName, CancellationToken cancellationToken) =>
        Core.ExecuteAsync(operation, operationName, DatabaseName, CollectionName, _session, cancellationToken);

    private BsonDocument Render(FilterDefinition<TDocument> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.Render(RenderArgs);
    }

    private RenderedProjectionDefinition<TProjection> RenderProjection<TProjection>(ProjectionDefinition<TDocument, TProjection>? projection) =>
        (projection ?? new KnownResultTypeProjectionDefinition<TDocument, TProjection>(null)).Render(RenderArgs);

    private async Task<UpdateResult> UpdateAsync(WriteModel<TDocument> model, UpdateOptions? options, CancellationToken cancellationToken)
    {
        var result = await WriteOneAsync(model, "update", options?.Comment, options?.Let, options?.BypassDocumentValidation, cancellationToken).ConfigureAwait(false);
        return result.IsAcknowledged
            ? UpdateResult.Acknowledged(result.MatchedCount, result.ModifiedCount, result.Upserts.Count > 0 ? result.Upserts[0].Id : null)
            : UpdateResult.Unacknowledged;
    }

    /// <summary>Runs one write request, turning bulk write failures into the single-write exceptions.</summary>
    private async Task<BulkWriteResult> WriteOneAsync(WriteModel<TDocument> model, string operationName, BsonValue? comment, BsonDocument? let, bool? bypassDocumentValidation, CancellationToken cancellationToken)
    {
        var operation = new BulkWriteOperation<TDocument>(CollectionNamespace, [model], DocumentSerializer, OperationSettings)
        {
            IsOrdered = true,
            Comment = comment,
            Let = let,
            BypassDocumentValidation = bypassDocumentValidation,
        };
        try
        {
            return await Execute(operation, operationName, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoBulkWriteException exception)
        {
            throw WriteExceptions.FromBulkWriteException(exception);
        }
    }
}
