using System.Text;

namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when some requests of a bulk write (or insert many) fail. <see cref="WriteErrors"/> lists each failed
/// request with its index in the caller's list; <see cref="Result"/> counts what succeeded before (ordered) or
/// besides (unordered) the failures; <see cref="UnprocessedRequestCount"/> says how many requests an ordered bulk write
/// never sent.
/// </summary>
public class MongoBulkWriteException : MongoServerException
{
    private const int ListedErrors = 3;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="serverAddress">The server that reported the errors, when known.</param>
    /// <param name="writeErrors">The write errors, ordered by index.</param>
    /// <param name="writeConcernError">The (last) write concern error, or <see langword="null"/>.</param>
    /// <param name="result">What the writes achieved.</param>
    /// <param name="unprocessedRequestCount">How many requests were not sent because an ordered bulk write stopped.</param>
    /// <param name="errorLabels">Error labels to attach.</param>
    public MongoBulkWriteException(
        MongoServerAddress? serverAddress,
        IReadOnlyList<BulkWriteError> writeErrors,
        WriteConcernError? writeConcernError,
        BulkWriteResult result,
        int unprocessedRequestCount,
        IEnumerable<string>? errorLabels = null)
        : base(serverAddress, FormatMessage(writeErrors, writeConcernError, unprocessedRequestCount))
    {
        ArgumentNullException.ThrowIfNull(result);
        WriteErrors = writeErrors;
        WriteConcernError = writeConcernError;
        Result = result;
        UnprocessedRequestCount = unprocessedRequestCount;
        foreach (var label in errorLabels ?? [])
        {
            AddErrorLabel(label);
        }
    }

    /// <summary>Gets the failed requests, ordered by their index in the caller's list.</summary>
    public IReadOnlyList<BulkWriteError> WriteErrors { get; }

    /// <summary>Gets the write concern error, or <see langword="null"/>.</summary>
    public WriteConcernError? WriteConcernError { get; }

    /// <summary>Gets what the writes achieved despite the errors.</summary>
    public BulkWriteResult Result { get; }

    /// <summary>Gets the number of requests never sent because an ordered bulk write stopped at the first error.</summary>
    public int UnprocessedRequestCount { get; }

    private static string FormatMessage(IReadOnlyList<BulkWriteError> writeErrors, WriteConcernError? writeConcernError, int unprocessed)
    {
        ArgumentNullException.ThrowIfNull(writeErrors);
        var text = new StringBuilder("A bulk write operation resulted in ");
        if (writeErrors.Count > 0)
        {
            text.Append(writeErrors.Count).Append(writeErrors.Count == 1 ? " write error: " : " write errors: ");
            text.AppendJoin("; ", writeErrors.Take(ListedErrors).Select(error => error.ToString()));
            if (writeErrors.Count > ListedErrors)
            {
                text.Append("; ...");
            }
        }

        if (writeConcernError is not null)
        {
            text.Append(writeErrors.Count > 0 ? " and a write concern error: " : "a write concern error: ").Append(writeConcernError);
        }

        text.Append('.');
        if (unprocessed > 0)
        {
            text.Append(' ').Append(unprocessed).Append(" request(s) were not attempted because the bulk write is ordered.");
        }

        return text.ToString();
    }
}
