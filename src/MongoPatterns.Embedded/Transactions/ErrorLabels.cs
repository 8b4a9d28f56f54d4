using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Transactions;

/// <summary>
/// The error labels a replica set member attaches to failed commands (mongod's <c>ErrorLabelBuilder</c>):
/// <c>TransientTransactionError</c> inside transactions, <c>RetryableWriteError</c> for retryable writes and for
/// <c>commitTransaction</c>/<c>abortTransaction</c>.
/// </summary>
internal static class ErrorLabels
{
    /// <summary>The label of errors after which the whole transaction can be retried.</summary>
    public const string TransientTransactionError = "TransientTransactionError";

    /// <summary>The label of errors after which a retryable write (or a commit/abort) can be retried.</summary>
    public const string RetryableWriteError = "RetryableWriteError";

    /// <summary>Computes the labels of an error.</summary>
    /// <param name="info">The command's session fields.</param>
    /// <param name="commandName">The command name.</param>
    /// <param name="code">The top-level error code, or null for a successful reply.</param>
    /// <param name="writeConcernCode">The <c>writeConcernError</c> code, or null.</param>
    /// <returns>The labels (empty when none apply).</returns>
    public static IReadOnlyList<string> For(OperationSessionInfo info, string commandName, int? code, int? writeConcernCode)
    {
        if (info.TxnNumber is null)
        {
            return [];
        }

        var isCommitOrAbort = commandName is "commitTransaction" or "abortTransaction";
        if (code is { } error && info.Autocommit is not null && IsTransientTransactionError(error, writeConcernCode is not null, isCommitOrAbort))
        {
            return [TransientTransactionError];
        }

        if ((info.Autocommit is null || isCommitOrAbort)
            && ((code is { } c && IsRetryableError(c)) || (writeConcernCode is { } w && IsRetryableError(w))))
        {
            return [RetryableWriteError];
        }

        return [];
    }

    /// <summary>Whether a code is one of MongoDB's retriable errors (network, not primary, shutting down).</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when retriable.</returns>
    public static bool IsRetryableError(int code) => code is ErrorCodes.HostUnreachable or ErrorCodes.HostNotFound or ErrorCodes.NetworkTimeout
        or ErrorCodes.ShutdownInProgress or ErrorCodes.PrimarySteppedDown or ErrorCodes.ExceededTimeLimit or ErrorCodes.SocketException
        or ErrorCodes.NotWritablePrimary or ErrorCodes.InterruptedAtShutdown or ErrorCodes.InterruptedDueToReplStateChange
        or ErrorCodes.NotPrimaryNoSecondaryOk or ErrorCodes.NotPrimaryOrSecondary;

    private static bool IsTransientTransactionError(int code, bool hasWriteConcernError, bool isCommitOrAbort)
    {
        if (code is ErrorCodes.WriteConflict or ErrorCodes.LockTimeout or ErrorCodes.PreparedTransactionInProgress)
        {
            return true;
        }

        return isCommitOrAbort
            ? code == ErrorCodes.NoSuchTransaction && !hasWriteConcernError
            : IsRetryableError(code) || code == ErrorCodes.NoSuchTransaction;
    }
}
