using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Exceptions;

/// <summary>Turns <c>ok: 0</c> replies and write concern errors into exceptions.</summary>
internal static class CommandErrors
{
    /// <summary>Whether a reply document says <c>ok: 1</c>.</summary>
    public static bool IsOk(BsonDocument reply) =>
        reply.TryGetValue("ok", out var ok) && (ok.IsNumeric ? ok.ToDouble() == 1 : ok.IsBoolean && ok.AsBoolean);

    /// <summary>Creates the exception for a failed command reply.</summary>
    /// <param name="serverAddress">The server.</param>
    /// <param name="commandName">The command name.</param>
    /// <param name="reply">The <c>ok: 0</c> reply.</param>
    /// <param name="sensitive">Whether the reply must be withheld (only code, code name and labels kept).</param>
    public static MongoCommandException FromReply(MongoServerAddress? serverAddress, string commandName, BsonDocument reply, bool sensitive)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var code = reply.TryGetValue("code", out var codeValue) && codeValue.IsNumeric ? codeValue.ToInt32() : 0;
        var codeName = reply.TryGetValue("codeName", out var codeNameValue) && codeNameValue.IsString ? codeNameValue.AsString : null;
        var message = sensitive
            ? "(redacted)"
            : reply.TryGetValue("errmsg", out var errmsg) && errmsg.IsString ? errmsg.AsString : "unknown error";
        var result = sensitive ? null : reply;
        MongoCommandException exception = code == ServerErrorCodes.MaxTimeMSExpired
            ? new MongoExecutionTimeoutException(serverAddress, commandName, code, codeName, message, result)
            : new MongoCommandException(serverAddress, commandName, code, codeName, message, result);
        AddLabels(exception, reply);
        return exception;
    }

    /// <summary>Reads the <c>writeConcernError</c> of a reply, when present.</summary>
    public static WriteConcernError? ReadWriteConcernError(BsonDocument reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.TryGetValue("writeConcernError", out var value) || value is not BsonDocument error)
        {
            return null;
        }

        var labels = error.TryGetValue("errorLabels", out var labelValue) && labelValue is BsonArray labelArray
            ? labelArray.Where(label => label.IsString).Select(label => label.AsString).ToArray()
            : [];
        return new WriteConcernError(
            error.TryGetValue("code", out var code) && code.IsNumeric ? code.ToInt32() : 0,
            error.TryGetValue("codeName", out var codeName) && codeName.IsString ? codeName.AsString : null,
            error.TryGetValue("errmsg", out var errmsg) && errmsg.IsString ? errmsg.AsString : "write concern error",
            error.TryGetValue("errInfo", out var errInfo) && errInfo is BsonDocument details ? details : null,
            labels);
    }

    /// <summary>Copies the reply's <c>errorLabels</c> onto the exception.</summary>
    public static void AddLabels(MongoException exception, BsonDocument reply)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (reply.TryGetValue("errorLabels", out var labels) && labels is BsonArray array)
        {
            foreach (var label in array)
            {
                if (label.IsString)
                {
                    exception.AddErrorLabel(label.AsString);
                }
            }
        }
    }
}
