using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver.Sessions;

/// <summary>Error labels and the classification of errors for retryable writes and transactions.</summary>
internal static class RetryableErrors
{
    /// <summary>The label of an error after which the whole transaction may be retried.</summary>
    public const string TransientTransactionError = "TransientTransactionError";

    /// <summary>The label of a commit error after which the commit may be retried.</summary>
    public const string UnknownTransactionCommitResult = "UnknownTransactionCommitResult";

    /// <summary>The label of an error after which a retryable write may be retried.</summary>
    public const string RetryableWriteError = "RetryableWriteError";

    /// <summary>The label of a retry error that means the retry wrote nothing (the first error is then reported).</summary>
    public const string NoWritesPerformed = "NoWritesPerformed";

    private const int HostUnreachable = 6;
    private const int HostNotFound = 7;
    private const int NetworkTimeout = 89;
    private const int ExceededTimeLimit = 262;
    private const int SocketException = 9001;
    private const int UnknownReplWriteConcern = 79;
    private const int UnsatisfiableWriteConcern = 100;

    /// <summary>Whether a write may be retried after <paramref name="exception"/> (a network error, or a retryable server error).</summary>
    public static bool IsRetryableWriteError(Exception exception) => exception switch
    {
        MongoConnectionException => true,
        MongoException labelled when labelled.HasErrorLabel(RetryableWriteError) => true,
        MongoWriteConcernException => false,
        MongoCommandException command => IsRetryableCode(command.Code),
        _ => false,
    };

    /// <summary>Whether a server error code is one of the retryable ones (Retryable Writes specification).</summary>
    public static bool IsRetryableCode(int code) => code is HostUnreachable or HostNotFound or NetworkTimeout or ExceededTimeLimit or SocketException
        || ServerErrorCodes.IsNotWritablePrimary(code) || ServerErrorCodes.IsNodeIsRecovering(code);

    /// <summary>
    /// Whether a failed commit may have committed (Transactions specification, "UnknownTransactionCommitResult"):
    /// network and retryable errors, write concern errors other than unsatisfiable ones, and <c>MaxTimeMSExpired</c>.
    /// </summary>
    public static bool IsUnknownCommitResult(Exception exception) => exception switch
    {
        MongoConnectionException or MongoTimeoutException => true,
        MongoWriteConcernException writeConcern => writeConcern.WriteConcernError.Code is not (UnsatisfiableWriteConcern or UnknownReplWriteConcern),
        MongoCommandException { Code: ServerErrorCodes.MaxTimeMSExpired } => true,
        _ => IsRetryableWriteError(exception),
    };
}
