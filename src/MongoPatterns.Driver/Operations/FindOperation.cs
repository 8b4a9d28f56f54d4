using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Cursors;

namespace MongoPatterns.Driver.Operations;

/// <summary>The <c>find</c> command (Find, getMore and killCursors specification) and the cursor over its results.</summary>
/// <typeparam name="TResult">The result type.</typeparam>
internal sealed class FindOperation<TResult> : IOperation<IAsyncCursor<TResult>>
{
    private readonly CollectionNamespace _collectionNamespace;
    private readonly BsonDocument _filter;
    private readonly IBsonSerializer<TResult> _resultSerializer;
    private readonly CollectionOperationSettings _settings;

    /// <summary>Creates the operation.</summary>
    public FindOperation(CollectionNamespace collectionNamespace, BsonDocument filter, IBsonSerializer<TResult> resultSerializer, CollectionOperationSettings settings)
    {
        _collectionNamespace = collectionNamespace;
        _filter = filter;
        _resultSerializer = resultSerializer;
        _settings = settings;
    }

    /// <summary>Gets or sets the options that do not depend on the document type.</summary>
    public FindOptionsBase? Options { get; init; }

    /// <summary>Gets or sets the rendered sort.</summary>
    public BsonDocument? Sort { get; init; }

    /// <summary>Gets or sets the rendered projection.</summary>
    public BsonDocument? Projection { get; init; }

    /// <summary>Gets or sets the number of documents to skip.</summary>
    public int? Skip { get; init; }

    /// <summary>Gets or sets the limit (negative: a single batch).</summary>
    public int? Limit { get; init; }

    /// <summary>Builds the command (exposed for tests).</summary>
    public BsonDocument CreateCommand()
    {
        var options = Options;
        var (limit, batchSize, singleBatch) = NormalizeLimit(Limit ?? 0, options?.BatchSize ?? 0);
        var command = new BsonDocument { { "find", _collectionNamespace.CollectionName }, { "filter", _filter } };
        command.AddIfNotNull("sort", Sort);
        command.AddIfNotNull("projection", Projection);
        command.AddIfNotNull("hint", options?.Hint);
        if (Skip is > 0)
        {
            command.Add("skip", Skip.Value);
        }

        if (limit > 0)
        {
            command.Add("limit", limit);
        }

        if (batchSize > 0)
        {
            command.Add("batchSize", batchSize);
        }

        command.AddIfTrue("singleBatch", singleBatch);
        command.AddIfNotNull("comment", options?.Comment);
        command.AddMaxTime(options?.MaxTime);
        command.AddReadConcern(_settings.ReadConcern);
        command.AddIfNotNull("max", options?.Max);
        command.AddIfNotNull("min", options?.Min);
        command.AddIfNotNull("returnKey", options?.ReturnKey);
        command.AddIfNotNull("showRecordId", options?.ShowRecordId);
        if (options?.CursorType is CursorType.Tailable or CursorType.TailableAwait)
        {
            command.Add("tailable", true);
            command.AddIfTrue("awaitData", options.CursorType == CursorType.TailableAwait);
        }

        command.AddIfNotNull("noCursorTimeout", options?.NoCursorTimeout);
        command.AddIfNotNull("allowPartialResults", options?.AllowPartialResults);
        command.AddCollation(options?.Collation);
        command.AddIfNotNull("allowDiskUse", options?.AllowDiskUse);
        command.AddIfNotNull("let", options?.Let);
        return command;
    }

    /// <inheritdoc />
    public async Task<IAsyncCursor<TResult>> ExecuteAsync(OperationContext context)
    {
        var command = CreateCommand();
        var (limit, _, _) = NormalizeLimit(Limit ?? 0, Options?.BatchSize ?? 0);
        await using var channel = await context.Client.GetChannelAsync(ServerSelector.ForRead(_settings.ReadPreference), context).ConfigureAwait(false);
        var request = new CommandRequest(_collectionNamespace.DatabaseNamespace.DatabaseName, command)
        {
            ReadPreference = _settings.ReadPreference,
            CollectionName = _collectionNamespace.CollectionName,
        };
        using var result = await channel.RunAsync(request, context).ConfigureAwait(false);
        var batch = CursorBatch<TResult>.Read(result.Body, _resultSerializer);
        var cursorOptions = new AsyncCursorOptions(
            Options?.BatchSize is > 0 ? Options.BatchSize : null,
            limit,
            Options?.Comment,
            Options?.MaxAwaitTime,
            Options?.CursorType is CursorType.Tailable or CursorType.TailableAwait);
        return new AsyncCursor<TResult>(context.Client, channel.Server, context.Session, context.DetachOwnedSession(), _collectionNamespace, batch, _resultSerializer, cursorOptions, context.OperationId);
    }

    /// <summary>
    /// Applies the Find specification's mapping: a negative limit or batch size means a single batch. A negative limit
    /// alone (FindOne's <c>limit: 1, singleBatch: true</c>) sends no batch size, since the limit already bounds the one
    /// batch; a negative batch size with a limit is capped by the limit. A batch size equal to a positive limit is sent
    /// as limit + 1, so the server sees that the first batch ends the results and closes the cursor (no extra
    /// <c>getMore</c> or <c>killCursors</c>).
    /// </summary>
    internal static (int Limit, int BatchSize, bool SingleBatch) NormalizeLimit(int limit, int batchSize)
    {
        var singleBatch = limit < 0 || batchSize < 0;
        limit = Math.Abs(limit);
        if (singleBatch)
        {
            batchSize = batchSize < 0 ? (limit == 0 ? -batchSize : limit) : 0;
        }
        else if (limit > 0 && batchSize == limit)
        {
            batchSize = limit + 1;
        }

        return (limit, batchSize, singleBatch);
    }
}
