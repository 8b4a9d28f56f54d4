using MongoPatterns.Bson;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when a single-document write is rejected by a unique index: another document already has the key.
/// <see cref="IndexName"/>, <see cref="KeyPattern"/> and <see cref="KeyValue"/> say which index and which value.
/// </summary>
public class MongoDuplicateKeyException : MongoWriteException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="serverAddress">The server that reported the error, when known.</param>
    /// <param name="writeError">The duplicate key write error.</param>
    /// <param name="writeConcernError">The write concern error, or <see langword="null"/>.</param>
    /// <param name="innerException">The bulk write exception this one was derived from, when any.</param>
    public MongoDuplicateKeyException(MongoServerAddress? serverAddress, WriteError writeError, WriteConcernError? writeConcernError = null, Exception? innerException = null)
        : this(serverAddress, writeError, writeConcernError, DuplicateKeyInfo.Parse(writeError), innerException)
    {
    }

    private MongoDuplicateKeyException(MongoServerAddress? serverAddress, WriteError writeError, WriteConcernError? writeConcernError, DuplicateKeyInfo info, Exception? innerException)
        : base(serverAddress, writeError, writeConcernError, info.FormatMessage(writeError), innerException)
    {
        IndexName = info.IndexName;
        CollectionNamespace = info.CollectionNamespace;
        KeyPattern = writeError.KeyPattern;
        KeyValue = writeError.KeyValue;
        KeyValueText = info.KeyValueText;
    }

    /// <summary>Gets the name of the violated unique index (e.g. <c>email_1</c>), when the server message names it.</summary>
    public string? IndexName { get; }

    /// <summary>Gets the <c>database.collection</c> the write went to, when the server message names it.</summary>
    public string? CollectionNamespace { get; }

    /// <summary>Gets the key pattern of the violated index (e.g. <c>{ email: 1 }</c>), when the server sent it.</summary>
    public BsonDocument? KeyPattern { get; }

    /// <summary>Gets the duplicate key (e.g. <c>{ email: "a@b" }</c>), when the server sent it.</summary>
    public BsonDocument? KeyValue { get; }

    /// <summary>Gets the duplicate key as the server printed it in its message (<c>dup key: { ... }</c>), when present.</summary>
    public string? KeyValueText { get; }
}
