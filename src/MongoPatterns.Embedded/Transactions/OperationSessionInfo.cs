using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Transactions;

/// <summary>
/// The session fields of a command (MongoDB's <c>OperationSessionInfo</c>): <c>lsid</c>, <c>txnNumber</c>,
/// <c>autocommit</c> and <c>startTransaction</c>, validated the way mongod validates them.
/// </summary>
/// <param name="SessionId">The <c>lsid.id</c> value, or null when the command has no session.</param>
/// <param name="TxnNumber">The transaction number, or null.</param>
/// <param name="Autocommit">The <c>autocommit</c> value (only <see langword="false"/> is valid), or null.</param>
/// <param name="StartTransaction">Whether the command starts a transaction.</param>
internal readonly record struct OperationSessionInfo(BsonValue? SessionId, long? TxnNumber, bool? Autocommit, bool StartTransaction)
{
    /// <summary>Gets a value indicating whether the command runs inside a multi-document transaction.</summary>
    public bool IsTransaction => TxnNumber is not null && Autocommit is not null;

    /// <summary>Gets a value indicating whether the command is a retryable write (a txnNumber without autocommit).</summary>
    public bool IsRetryableWrite => TxnNumber is not null && Autocommit is null;

    /// <summary>Returns whether a command has any transaction field (<c>txnNumber</c>, <c>startTransaction</c>, <c>autocommit</c>).</summary>
    /// <param name="command">The command document.</param>
    /// <returns>True when one is present.</returns>
    public static bool HasTransactionFields(BsonDocument command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Contains("txnNumber") || command.Contains("startTransaction") || command.Contains("autocommit");
    }

    /// <summary>Reads and validates the session fields of a command.</summary>
    /// <param name="command">The command document.</param>
    /// <returns>The session information.</returns>
    /// <exception cref="MongoServerException">A field has the wrong type or an invalid combination (TypeMismatch, InvalidOptions, BadValue).</exception>
    public static OperationSessionInfo Parse(BsonDocument command)
    {
        ArgumentNullException.ThrowIfNull(command);
        BsonValue? sessionId = null;
        if (command.TryGetValue("lsid", out var lsid))
        {
            if (lsid is not BsonDocument lsidDocument)
            {
                throw WrongType("lsid", lsid, "'object'");
            }

            if (!lsidDocument.TryGetValue("id", out sessionId))
            {
                throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'OperationSessionInfo.lsid.id' is missing but a required field");
            }
        }

        long? txnNumber = null;
        if (command.TryGetValue("txnNumber", out var txnValue))
        {
            if (!txnValue.IsNumeric || txnValue is BsonDouble { Value: var d } && d != Math.Floor(d))
            {
                throw WrongType("txnNumber", txnValue, "'long'");
            }

            txnNumber = txnValue.ToInt64();
            if (sessionId is null)
            {
                throw new MongoServerException(ErrorCodes.InvalidOptions, "Transaction number requires a session ID to also be specified");
            }

            if (txnNumber < 0)
            {
                throw new MongoServerException(ErrorCodes.BadValue, "Transaction number cannot be negative");
            }
        }

        bool? autocommit = null;
        if (command.TryGetValue("autocommit", out var autocommitValue))
        {
            if (autocommitValue is not BsonBoolean flag)
            {
                throw WrongType("autocommit", autocommitValue, "'bool'");
            }

            if (txnNumber is null)
            {
                throw new MongoServerException(ErrorCodes.InvalidOptions, "'autocommit' field requires a transaction number to also be specified");
            }

            if (flag.Value)
            {
                throw new MongoServerException(ErrorCodes.InvalidOptions, "Specifying autocommit=true is not allowed.");
            }

            autocommit = false;
        }

        var startTransaction = false;
        if (command.TryGetValue("startTransaction", out var startValue))
        {
            if (startValue is not BsonBoolean start)
            {
                throw WrongType("startTransaction", startValue, "'bool'");
            }

            if (autocommit is null)
            {
                throw new MongoServerException(ErrorCodes.InvalidOptions, "'startTransaction' field requires 'autocommit' field to also be specified");
            }

            if (!start.Value)
            {
                throw new MongoServerException(ErrorCodes.InvalidOptions, "Specifying startTransaction=false is not allowed.");
            }

            startTransaction = true;
        }

        return new OperationSessionInfo(sessionId, txnNumber, autocommit, startTransaction);
    }

    private static MongoServerException WrongType(string field, BsonValue value, string expected) => new(
        ErrorCodes.TypeMismatch,
        $"BSON field 'OperationSessionInfo.{field}' is the wrong type '{Storage.IndexDefinition.TypeName(value)}', expected type {expected}");
}
