using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Core.WireProtocol;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// A bulk write (CRUD and Bulk API specifications): consecutive requests of the same kind become one
/// <c>insert</c>/<c>update</c>/<c>delete</c> command, split into batches that respect <c>maxWriteBatchSize</c> and
/// <c>maxMessageSizeBytes</c>, with statements carried in OP_MSG document sequences. Ordered writes stop at the first
/// batch with a write error; unordered ones continue. Write error indexes are mapped back to the caller's list.
/// Unacknowledged writes (<c>w: 0</c>) are sent with <c>moreToCome</c> and no reply is read.
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class BulkWriteOperation<TDocument> : IOperation<BulkWriteResult>
{
    private readonly CollectionNamespace _collectionNamespace;
    private readonly IReadOnlyList<WriteModel<TDocument>> _requests;
    private readonly IBsonSerializer<TDocument> _serializer;
    private readonly CollectionOperationSettings _settings;

    /// <summary>Creates the operation.</summary>
    public BulkWriteOperation(CollectionNamespace collectionNamespace, IReadOnlyList<WriteModel<TDocument>> requests, IBsonSerializer<TDocument> serializer, CollectionOperationSettings settings)
    {
        if (requests.Count == 0)
        {
            throw new ArgumentException("A bulk write needs at least one request.", nameof(requests));
        }

        _collectionNamespace = collectionNamespace;
        _requests = requests;
        _serializer = serializer;
        _settings = settings;
    }

    /// <summary>Gets or sets whether the writes stop at the first error.</summary>
    public bool IsOrdered { get; init; } = true;

    /// <summary>Gets or sets whether document validation is bypassed.</summary>
    public bool? BypassDocumentValidation { get; init; }

    /// <summary>Gets or sets the comment.</summary>
    public BsonValue? Comment { get; init; }

    /// <summary>Gets or sets the <c>let</c> variables (update and delete commands).</summary>
    public BsonDocument? Let { get; init; }

    /// <summary>Gets the ids of inserted documents by request index (filled while encoding).</summary>
    public Dictionary<int, BsonValue> InsertedIds { get; } = [];

    /// <inheritdoc />
    public async Task<BulkWriteResult> ExecuteAsync(OperationContext context)
    {
        var channel = await context.Client.GetChannelAsync(ServerSelector.Write, context).ConfigureAwait(false);
        try
        {
            var limits = WriteBatchLimits.From(channel.Connection.MaxWriteBatchSize, channel.Connection.MaxMessageSize, channel.Connection.MaxBsonObjectSize);
            var acknowledged = _settings.WriteConcern.IsAcknowledged;
            var encoder = new WriteStatementEncoder<TDocument>(_serializer, _settings.SerializerRegistry, limits.MaxDocumentSize + OpMsgRequest.CommandOverhead);
            var accumulator = new BulkWriteAccumulator(_requests.Count);

            using var statement = new PooledBufferWriter(1024);
            using var scratch = new PooledBufferWriter(1024);
            var index = 0;
            var pendingStatement = false;
            while (index < _requests.Count)
            {
                var kind = KindOf(_requests[index]);
                using var sequence = new DocumentSequence(SequenceName(kind));
                var indexes = new List<int>();
                while (index < _requests.Count && KindOf(_requests[index]) == kind)
                {
                    if (!pendingStatement)
                    {
                        statement.Clear();
                        Encode(encoder, _requests[index], index, statement, scratch, limits);
                        pendingStatement = true;
                    }

                    if (!limits.Fits(sequence.Count, sequence.Payload.Length, statement.WrittenCount))
                    {
                        break;
                    }

                    sequence.Add(statement.WrittenSpan);
                    indexes.Add(index);
                    pendingStatement = false;
                    index++;
                }

                var command = CreateCommand(kind);
                var request = new CommandRequest(_collectionNamespace.DatabaseNamespace.DatabaseName, command)
                {
                    Sequences = [sequence],
                    Unacknowledged = !acknowledged,
                    CollectionName = _collectionNamespace.CollectionName,
                };
                var retryable = RetryableWriteRunner.IsRetryable(context, channel, _settings.WriteConcern) && IsRetryableBatch(kind, indexes);
                var (batchResult, batchChannel) = await RetryableWriteRunner.RunAsync(channel, request, context, retryable).ConfigureAwait(false);
                channel = batchChannel;
                using var result = batchResult;
                if (acknowledged)
                {
                    var lastFailedIndex = accumulator.Add(kind, result.Document, indexes);
                    if (lastFailedIndex >= 0 && IsOrdered)
                    {
                        // An ordered write stops at its first error: everything after it was never applied.
                        accumulator.UnprocessedCount = _requests.Count - (lastFailedIndex + 1);
                        break;
                    }
                }
            }

            if (!acknowledged)
            {
                return BulkWriteResult.Unacknowledged(_requests.Count);
            }

            var bulkResult = accumulator.ToResult();
            if (accumulator.HasErrors)
            {
                throw accumulator.ToException(channel.Server.Address, bulkResult);
            }

            return bulkResult;
        }
        finally
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Whether a batch may be retried: inserts, and updates and deletes of single documents (multi ones are not retryable).</summary>
    private bool IsRetryableBatch(WriteCommandKind kind, List<int> indexes) =>
        kind == WriteCommandKind.Insert
        || indexes.TrueForAll(index => _requests[index].ModelType is not (WriteModelType.UpdateMany or WriteModelType.DeleteMany));

    private static WriteCommandKind KindOf(WriteModel<TDocument> model) => model.ModelType switch
    {
        WriteModelType.InsertOne => WriteCommandKind.Insert,
        WriteModelType.DeleteOne or WriteModelType.DeleteMany => WriteCommandKind.Delete,
        _ => WriteCommandKind.Update,
    };

    private static string SequenceName(WriteCommandKind kind) => kind switch
    {
        WriteCommandKind.Insert => "documents",
        WriteCommandKind.Update => "updates",
        _ => "deletes",
    };

    private BsonDocument CreateCommand(WriteCommandKind kind)
    {
        var name = kind switch
        {
            WriteCommandKind.Insert => "insert",
            WriteCommandKind.Update => "update",
            _ => "delete",
        };
        var command = new BsonDocument { { name, _collectionNamespace.CollectionName }, { "ordered", IsOrdered } };
        command.AddWriteConcern(_settings.WriteConcern);
        if (kind != WriteCommandKind.Delete)
        {
            command.AddIfNotNull("bypassDocumentValidation", BypassDocumentValidation);
        }

        command.AddIfNotNull("comment", Comment);
        if (kind != WriteCommandKind.Insert)
        {
            command.AddIfNotNull("let", Let);
        }

        return command;
    }

    private void Encode(WriteStatementEncoder<TDocument> encoder, WriteModel<TDocument> model, int index, PooledBufferWriter statement, PooledBufferWriter scratch, WriteBatchLimits limits)
    {
        try
        {
            switch (model)
            {
                case InsertOneModel<TDocument> insert:
                    if (encoder.EncodeInsert(statement, insert.Document) is { } id)
                    {
                        InsertedIds[index] = id;
                    }

                    if (statement.WrittenCount > limits.MaxDocumentSize)
                    {
                        throw TooLarge(index, statement.WrittenCount, limits.MaxDocumentSize);
                    }

                    break;
                case UpdateOneModel<TDocument> update:
                    encoder.EncodeUpdate(statement, update.Filter, update.Update, multi: false, update.IsUpsert, update.ArrayFilters, update.Hint, update.Collation, update.Sort);
                    break;
                case UpdateManyModel<TDocument> update:
                    encoder.EncodeUpdate(statement, update.Filter, update.Update, multi: true, update.IsUpsert, update.ArrayFilters, update.Hint, update.Collation);
                    break;
                case ReplaceOneModel<TDocument> replace:
                    encoder.EncodeReplace(statement, scratch, replace.Filter, replace.Replacement, replace.IsUpsert, replace.Hint, replace.Collation, replace.Sort);
                    break;
                case DeleteOneModel<TDocument> delete:
                    encoder.EncodeDelete(statement, delete.Filter, multi: false, delete.Hint, delete.Collation);
                    break;
                case DeleteManyModel<TDocument> delete:
                    encoder.EncodeDelete(statement, delete.Filter, multi: true, delete.Hint, delete.Collation);
                    break;
                default:
                    throw new ArgumentException($"The write model at index {index} ({model.GetType().Name}) is not supported.");
            }
        }
        catch (BsonSerializationException exception) when (exception.Message.Contains("maximum document size", StringComparison.OrdinalIgnoreCase))
        {
            throw new MongoException($"The request at index {index} is larger than the server's maximum document size of {limits.MaxDocumentSize} bytes.", exception);
        }
    }

    private static MongoException TooLarge(int index, int size, int maxSize) =>
        new($"The document at index {index} is {size} bytes, larger than the server's maximum document size of {maxSize} bytes. Split it, or store large content with GridFS.");

    /// <summary>Adds up the replies of the batches.</summary>
    private sealed class BulkWriteAccumulator(int requestCount)
    {
        private readonly List<BulkWriteError> _writeErrors = [];
        private readonly List<BulkWriteUpsert> _upserts = [];
        private readonly HashSet<string> _labels = new(StringComparer.Ordinal);
        private long _inserted;
        private long _matched;
        private long _modified;
        private long _deleted;
        private WriteConcernError? _writeConcernError;

        public int UnprocessedCount { get; set; }

        public bool HasErrors => _writeErrors.Count > 0 || _writeConcernError is not null;

        /// <summary>Adds one batch reply; returns the caller's index of its last failed request, or -1 when none failed.</summary>
        public int Add(WriteCommandKind kind, BsonDocument reply, List<int> indexes)
        {
            var n = reply.TryGetValue("n", out var nValue) && nValue.IsNumeric ? nValue.ToInt64() : 0;
            switch (kind)
            {
                case WriteCommandKind.Insert:
                    _inserted += n;
                    break;
                case WriteCommandKind.Delete:
                    _deleted += n;
                    break;
                default:
                    var upsertedCount = 0;
                    if (reply.TryGetValue("upserted", out var upserted) && upserted is BsonArray upsertedArray)
                    {
                        foreach (var item in upsertedArray.OfType<BsonDocument>())
                        {
                            upsertedCount++;
                            var local = item.TryGetValue("index", out var localIndex) && localIndex.IsNumeric ? localIndex.ToInt32() : 0;
                            _upserts.Add(new BulkWriteUpsert(Map(indexes, local), item.GetValue("_id", BsonNull.Value)!));
                        }
                    }

                    _matched += n - upsertedCount;
                    _modified += reply.TryGetValue("nModified", out var modified) && modified.IsNumeric ? modified.ToInt64() : 0;
                    break;
            }

            var lastFailedIndex = -1;
            if (reply.TryGetValue("writeErrors", out var errors) && errors is BsonArray errorArray)
            {
                foreach (var error in errorArray.OfType<BsonDocument>())
                {
                    var writeError = WriteExceptions.ReadWriteError(error, local => Map(indexes, local));
                    _writeErrors.Add(writeError);
                    lastFailedIndex = Math.Max(lastFailedIndex, writeError.Index);
                }
            }

            if (CommandErrors.ReadWriteConcernError(reply) is { } writeConcernError)
            {
                _writeConcernError = writeConcernError;
                foreach (var label in writeConcernError.ErrorLabels)
                {
                    _labels.Add(label);
                }
            }

            if (reply.TryGetValue("errorLabels", out var labels) && labels is BsonArray labelArray)
            {
                foreach (var label in labelArray.Where(label => label.IsString))
                {
                    _labels.Add(label.AsString);
                }
            }

            return lastFailedIndex;
        }

        public BulkWriteResult ToResult() =>
            BulkWriteResult.Acknowledged(requestCount, _inserted, _matched, _modified, _deleted, _upserts.OrderBy(upsert => upsert.Index).ToList());

        public MongoBulkWriteException ToException(MongoServerAddress serverAddress, BulkWriteResult result) =>
            new(serverAddress, _writeErrors.OrderBy(error => error.Index).ToList(), _writeConcernError, result, UnprocessedCount, _labels);

        private static int Map(List<int> indexes, int local) => local >= 0 && local < indexes.Count ? indexes[local] : local;
    }
}
