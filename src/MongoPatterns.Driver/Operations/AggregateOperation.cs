using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Core.Servers;
using MongoPatterns.Driver.Cursors;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// The <c>aggregate</c> command on a collection or (with <c>aggregate: 1</c>) a database. Pipelines ending in
/// <c>$out</c> or <c>$merge</c> go to the primary with the write concern and yield an empty cursor.
/// </summary>
/// <typeparam name="TResult">The result type.</typeparam>
internal sealed class AggregateOperation<TResult> : IOperation<IAsyncCursor<TResult>>
{
    private readonly DatabaseNamespace _databaseNamespace;
    private readonly string? _collectionName;
    private readonly IReadOnlyList<BsonDocument> _pipeline;
    private readonly IBsonSerializer<TResult> _resultSerializer;
    private readonly CollectionOperationSettings _settings;
    private readonly AggregateOptions _options;

    /// <summary>Creates the operation.</summary>
    /// <param name="databaseNamespace">The database.</param>
    /// <param name="collectionName">The collection, or <see langword="null"/> for a database-level aggregation.</param>
    /// <param name="pipeline">The stages.</param>
    /// <param name="resultSerializer">The result serializer.</param>
    /// <param name="settings">The effective settings.</param>
    /// <param name="options">The options.</param>
    public AggregateOperation(DatabaseNamespace databaseNamespace, string? collectionName, IReadOnlyList<BsonDocument> pipeline, IBsonSerializer<TResult> resultSerializer, CollectionOperationSettings settings, AggregateOptions? options)
    {
        _databaseNamespace = databaseNamespace;
        _collectionName = collectionName;
        _pipeline = pipeline;
        _resultSerializer = resultSerializer;
        _settings = settings;
        _options = options ?? new AggregateOptions();
    }

    /// <summary>Gets a value indicating whether the pipeline writes its results to a collection.</summary>
    public bool HasOutputStage => _pipeline.Count > 0 && _pipeline[^1].ElementCount > 0 && _pipeline[^1].GetElement(0).Name is "$out" or "$merge";

    /// <summary>Builds the command (exposed for tests).</summary>
    public BsonDocument CreateCommand()
    {
        var command = new BsonDocument
        {
            { "aggregate", _collectionName is null ? 1 : _collectionName },
            { "pipeline", new BsonArray(_pipeline) },
        };
        command.AddIfNotNull("allowDiskUse", _options.AllowDiskUse);
        command.AddIfNotNull("bypassDocumentValidation", HasOutputStage ? _options.BypassDocumentValidation : null);
        command.AddMaxTime(_options.MaxTime);
        command.AddCollation(_options.Collation);
        command.AddIfNotNull("hint", _options.Hint);
        command.AddIfNotNull("comment", _options.Comment);
        command.AddIfNotNull("let", _options.Let);
        command.AddReadConcern(_settings.ReadConcern);
        if (HasOutputStage)
        {
            command.AddWriteConcern(_settings.WriteConcern);
        }

        var cursor = new BsonDocument();
        if (_options.BatchSize is > 0 && !HasOutputStage)
        {
            cursor.Add("batchSize", _options.BatchSize.Value);
        }

        command.Add("cursor", cursor);
        return command;
    }

    /// <inheritdoc />
    public async Task<IAsyncCursor<TResult>> ExecuteAsync(OperationContext context)
    {
        var command = CreateCommand();
        var selector = HasOutputStage ? ServerSelector.Write : ServerSelector.ForRead(_settings.ReadPreference);
        await using var channel = await context.Client.GetChannelAsync(selector, context).ConfigureAwait(false);
        var request = new CommandRequest(_databaseNamespace.DatabaseName, command)
        {
            // CRUD spec: an aggregation with $out/$merge runs on the primary here, and carries the read preference
            // only to MongoDB 5.0+ (older servers reject a non-primary read preference on a write stage).
            ReadPreference = !HasOutputStage || channel.Description.MaxWireVersion >= WireVersions.WriteStageReadPreference
                ? _settings.ReadPreference
                : null,
            CollectionName = _collectionName,
        };
        using var result = await channel.RunAsync(request, context).ConfigureAwait(false);
        if (HasOutputStage && CommandErrors.ReadWriteConcernError(result.Document) is { } writeConcernError)
        {
            throw new MongoWriteConcernException(channel.Server.Address, "aggregate", writeConcernError, result.Document);
        }

        var batch = CursorBatch<TResult>.Read(result.Body, _resultSerializer);
        var collectionNamespace = new CollectionNamespace(_databaseNamespace, _collectionName ?? "$cmd.aggregate");
        var options = new AsyncCursorOptions(_options.BatchSize is > 0 ? _options.BatchSize : null, 0, _options.Comment, null, false);
        return new AsyncCursor<TResult>(context.Client, channel.Server, context.Session, context.DetachOwnedSession(), collectionNamespace, batch, _resultSerializer, options, context.OperationId);
    }
}
