using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Exceptions;

/// <summary>Reads write errors from replies and turns bulk write failures of single-document writes into <see cref="MongoWriteException"/>.</summary>
internal static class WriteExceptions
{
    /// <summary>Reads one entry of a <c>writeErrors</c> array, mapping its batch index to the caller's index.</summary>
    public static BulkWriteError ReadWriteError(BsonDocument error, Func<int, int> mapIndex)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(mapIndex);
        var index = error.TryGetValue("index", out var indexValue) && indexValue.IsNumeric ? indexValue.ToInt32() : 0;
        return new BulkWriteError(
            mapIndex(index),
            error.TryGetValue("code", out var code) && code.IsNumeric ? code.ToInt32() : 0,
            error.TryGetValue("codeName", out var codeName) && codeName.IsString ? codeName.AsString : null,
            error.TryGetValue("errmsg", out var errmsg) && errmsg.IsString ? errmsg.AsString : "write error",
            error.TryGetValue("errInfo", out var errInfo) && errInfo is BsonDocument details ? details : null,
            error.TryGetValue("keyPattern", out var keyPattern) && keyPattern is BsonDocument pattern ? pattern : null,
            error.TryGetValue("keyValue", out var keyValue) && keyValue is BsonDocument value ? value : null);
    }

    /// <summary>Converts the failure of a one-request bulk write into the exception of a single-document write.</summary>
    public static MongoWriteException FromBulkWriteException(MongoBulkWriteException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var bulkError = exception.WriteErrors.Count > 0 ? exception.WriteErrors[0] : null;
        var writeError = bulkError is null
            ? null
            : new WriteError(bulkError.Code, bulkError.CodeName, bulkError.Message, bulkError.Details, bulkError.KeyPattern, bulkError.KeyValue);
        MongoWriteException converted = writeError?.Category == ServerErrorCategory.DuplicateKey
            ? new MongoDuplicateKeyException(exception.ServerAddress, writeError, exception.WriteConcernError, exception)
            : new MongoWriteException(exception.ServerAddress, writeError, exception.WriteConcernError, exception);
        foreach (var label in exception.ErrorLabels)
        {
            converted.AddErrorLabel(label);
        }

        return converted;
    }
}
