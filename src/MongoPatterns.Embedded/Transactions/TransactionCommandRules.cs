using System.Collections.Frozen;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Transactions;

/// <summary>
/// What may run inside a multi-document transaction (MongoDB 7.0): the allowed commands, databases, read and write
/// concerns, and the DDL restrictions (collections may be created; indexes only on collections the transaction created).
/// </summary>
internal static class TransactionCommandRules
{
    private static readonly FrozenSet<string> AllowedCommands = new[]
    {
        "find", "getMore", "killCursors", "insert", "update", "delete", "findAndModify", "findandmodify", "aggregate", "distinct",
        "create", "createIndexes", "commitTransaction", "abortTransaction",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RetryableWriteCommands = new[]
    {
        "insert", "update", "delete", "findAndModify", "findandmodify",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TransactionReadConcernLevels = new[] { "local", "majority", "snapshot" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a command may carry a <c>txnNumber</c> outside a transaction.</summary>
    /// <param name="commandName">The command name.</param>
    /// <returns>True for insert, update, delete and findAndModify.</returns>
    public static bool IsRetryableWriteCommand(string commandName) => RetryableWriteCommands.Contains(commandName);

    /// <summary>Whether the command ends a transaction.</summary>
    /// <param name="commandName">The command name.</param>
    /// <returns>True for commitTransaction and abortTransaction.</returns>
    public static bool IsCommitOrAbort(string commandName) => commandName is "commitTransaction" or "abortTransaction";

    /// <summary>Checks that a command may run in a transaction.</summary>
    /// <param name="commandName">The command name.</param>
    /// <param name="database">The target database.</param>
    /// <param name="command">The command document.</param>
    /// <param name="isFirstCommand">Whether the command starts the transaction.</param>
    /// <exception cref="MongoServerException">OperationNotSupportedInTransaction (263) or InvalidOptions (72).</exception>
    public static void Validate(string commandName, string database, BsonDocument command, bool isFirstCommand)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!AllowedCommands.Contains(commandName))
        {
            throw new MongoServerException(ErrorCodes.OperationNotSupportedInTransaction, $"Cannot run '{commandName}' in a multi-document transaction.");
        }

        var endsTransaction = IsCommitOrAbort(commandName);
        if (!endsTransaction && database is "admin" or "config" or "local")
        {
            throw new MongoServerException(ErrorCodes.OperationNotSupportedInTransaction, $"Cannot run command against the '{database}' database in a transaction.");
        }

        if (!endsTransaction && command.Contains("writeConcern"))
        {
            throw new MongoServerException(ErrorCodes.InvalidOptions, "writeConcern is not allowed within a multi-statement transaction");
        }

        if (command.TryGetValue("readConcern", out var readConcern))
        {
            if (!isFirstCommand)
            {
                throw new MongoServerException(ErrorCodes.InvalidOptions, "Only the first command in a transaction may specify a readConcern");
            }

            if (readConcern is BsonDocument document && document.GetValue("level", null) is BsonString { Value: var level } && !TransactionReadConcernLevels.Contains(level))
            {
                throw new MongoServerException(
                    ErrorCodes.InvalidOptions,
                    "The readConcern level must be either 'local' (default), 'majority' or 'snapshot' in order to run in a transaction");
            }
        }

        if (commandName == "aggregate" && command.GetValue("pipeline", null) is BsonArray { Count: > 0 } pipeline
            && pipeline[^1] is BsonDocument { ElementCount: 1 } last && last.GetElement(0).Name is "$out" or "$merge")
        {
            throw new MongoServerException(ErrorCodes.OperationNotSupportedInTransaction, $"{last.GetElement(0).Name} cannot be used in a transaction");
        }
    }

    /// <summary>Checks that <c>createIndexes</c> in a transaction targets a collection the transaction created.</summary>
    /// <param name="transaction">The transaction.</param>
    /// <param name="database">The database.</param>
    /// <param name="collection">The collection.</param>
    /// <exception cref="MongoServerException">OperationNotSupportedInTransaction (263).</exception>
    public static void ValidateIndexCreation(ServerTransaction transaction, string database, string collection)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.Snapshot.FindCollection(database, collection) is not null)
        {
            throw new MongoServerException(
                ErrorCodes.OperationNotSupportedInTransaction,
                $"Cannot create new indexes on existing collection {database}.{collection} in a multi-document transaction.");
        }
    }
}
