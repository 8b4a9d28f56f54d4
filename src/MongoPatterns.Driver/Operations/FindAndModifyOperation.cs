using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// The <c>findAndModify</c> command behind FindOneAndDelete, FindOneAndReplace and FindOneAndUpdate. The returned
/// document (<c>value</c>) is deserialized straight from the reply with the projection's serializer. With an
/// unacknowledged write concern the command is sent with <c>moreToCome</c> and the result is the default value.
/// </summary>
/// <typeparam name="TResult">The result type.</typeparam>
internal sealed class FindAndModifyOperation<TResult> : IOperation<TResult?>
{
    private readonly CollectionNamespace _collectionNamespace;
    private readonly BsonDocument _filter;
    private readonly IBsonSerializer<TResult> _resultSerializer;
    private readonly WriteConcern _writeConcern;

    /// <summary>Creates the operation.</summary>
    public FindAndModifyOperation(CollectionNamespace collectionNamespace, BsonDocument filter, IBsonSerializer<TResult> resultSerializer, WriteConcern writeConcern)
    {
        _collectionNamespace = collectionNamespace;
        _filter = filter;
        _resultSerializer = resultSerializer;
        _writeConcern = writeConcern;
    }

    /// <summary>Gets or sets whether the document is removed.</summary>
    public bool Remove { get; init; }

    /// <summary>Gets or sets the update (operators or pipeline) or the replacement document.</summary>
    public BsonValue? Update { get; init; }

    /// <summary>Gets or sets whether the document after the change is returned.</summary>
    public bool ReturnNew { get; init; }

    /// <summary>Gets or sets whether to insert when nothing matches.</summary>
    public bool Upsert { get; init; }

    /// <summary>Gets or sets the sort.</summary>
    public BsonDocument? Sort { get; init; }

    /// <summary>Gets or sets the projection.</summary>
    public BsonDocument? Projection { get; init; }

    /// <summary>Gets or sets whether validation is bypassed.</summary>
    public bool? BypassDocumentValidation { get; init; }

    /// <summary>Gets or sets the collation.</summary>
    public Collation? Collation { get; init; }

    /// <summary>Gets or sets the array filters.</summary>
    public IEnumerable<BsonDocument>? ArrayFilters { get; init; }

    /// <summary>Gets or sets the hint.</summary>
    public BsonValue? Hint { get; init; }

    /// <summary>Gets or sets the <c>let</c> variables.</summary>
    public BsonDocument? Let { get; init; }

    /// <summary>Gets or sets the comment.</summary>
    public BsonValue? Comment { get; init; }

    /// <summary>Gets or sets the time limit.</summary>
    public TimeSpan? MaxTime { get; init; }

    /// <summary>Builds the command (exposed for tests).</summary>
    public BsonDocument CreateCommand()
    {
        var command = new BsonDocument { { "findAndModify", _collectionNamespace.CollectionName }, { "query", _filter } };
        command.AddIfNotNull("sort", Sort);
        if (Remove)
        {
            command.Add("remove", true);
        }
        else
        {
            command.Add("update", Update ?? throw new InvalidOperationException("findAndModify needs an update or a replacement."));
            command.AddIfTrue("new", ReturnNew);
            command.AddIfTrue("upsert", Upsert);
        }

        command.AddIfNotNull("fields", Projection);
        command.AddIfNotNull("bypassDocumentValidation", Remove ? null : BypassDocumentValidation);
        command.AddWriteConcern(_writeConcern);
        command.AddMaxTime(MaxTime);
        command.AddCollation(Collation);
        if (ArrayFilters is not null)
        {
            command.Add("arrayFilters", new BsonArray(ArrayFilters));
        }

        command.AddIfNotNull("hint", Hint);
        command.AddIfNotNull("let", Let);
        command.AddIfNotNull("comment", Comment);
        return command;
    }

    /// <inheritdoc />
    public async Task<TResult?> ExecuteAsync(OperationContext context)
    {
        var command = CreateCommand();
        var channel = await context.Client.GetChannelAsync(ServerSelector.Write, context).ConfigureAwait(false);
        try
        {
            var acknowledged = _writeConcern.IsAcknowledged;
            var request = new CommandRequest(_collectionNamespace.DatabaseNamespace.DatabaseName, command)
            {
                CollectionName = _collectionNamespace.CollectionName,
                Unacknowledged = !acknowledged,
            };
            var retryable = RetryableWriteRunner.IsRetryable(context, channel, _writeConcern);
            CommandResult result;
            (result, channel) = await RetryableWriteRunner.RunAsync(channel, request, context, retryable).ConfigureAwait(false);
            using (result)
            {
                if (!acknowledged)
                {
                    // Unacknowledged (w: 0): the server sends no reply, so there is no document to return.
                    return default;
                }

                var (value, writeConcernError) = ReadReply(result.Body, _resultSerializer);
                if (writeConcernError is not null && CommandErrors.ReadWriteConcernError(new BsonDocument("writeConcernError", writeConcernError)) is { } error)
                {
                    throw new MongoWriteConcernException(channel.Server.Address, "findAndModify", error, result.Document);
                }

                return value;
            }
        }
        finally
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static (TResult? Value, BsonDocument? WriteConcernError) ReadReply(ReadOnlySpan<byte> reply, IBsonSerializer<TResult> serializer)
    {
        TResult? value = default;
        BsonDocument? writeConcernError = null;
        var reader = new BsonBinaryReader(reply);
        reader.ReadStartDocument();
        while (reader.TryReadNextElement(out var type))
        {
            var name = reader.ReadNameSpan();
            if (name.SequenceEqual("value"u8) && type == BsonType.Document)
            {
                value = serializer.Deserialize(ref reader, type);
            }
            else if (name.SequenceEqual("writeConcernError"u8) && type == BsonType.Document)
            {
                writeConcernError = reader.ReadBsonDocument();
            }
            else
            {
                reader.SkipValue(type);
            }
        }

        return (value, writeConcernError);
    }
}
