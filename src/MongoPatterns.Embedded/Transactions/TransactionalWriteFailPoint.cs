using MongoPatterns.Bson;
using MongoPatterns.Embedded.Commands;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Transactions;

/// <summary>
/// mongod's <c>onPrimaryTransactionalWrite</c> fail point, used by retryable-write tests: it triggers on retryable writes
/// (commands with a <c>txnNumber</c> outside transactions). With <c>failBeforeCommitExceptionCode</c> the write fails
/// with that code without being applied; otherwise (<c>closeConnection</c>, default true) the write is applied and its
/// reply stored, then the connection is closed without answering, so the client must retry.
/// </summary>
internal sealed class TransactionalWriteFailPoint
{
    private readonly object _gate = new();
    private FailPointActivation _activation = FailPointActivation.Off();
    private BsonDocument _data = new();

    /// <summary>Configures the fail point.</summary>
    /// <param name="mode">The <c>mode</c>: <c>off</c>, <c>alwaysOn</c>, <c>{ times: n }</c> or <c>{ skip: n }</c>.</param>
    /// <param name="data">The <c>data</c> document, or null.</param>
    /// <returns>How many times the previous configuration triggered.</returns>
    /// <exception cref="MongoServerException">The mode is invalid (BadValue).</exception>
    public long Configure(BsonValue mode, BsonDocument? data)
    {
        var activation = FailPointActivation.Parse(mode, allowProbability: false);
        lock (_gate)
        {
            var previous = _activation.TimesEntered;
            _activation = activation;
            _data = data ?? new BsonDocument();
            return previous;
        }
    }

    /// <summary>Decides whether a retryable write triggers the fail point.</summary>
    /// <returns>The fail point data when it triggers; otherwise null.</returns>
    public BsonDocument? TryTrigger()
    {
        lock (_gate)
        {
            return _activation.TryActivate() ? _data : null;
        }
    }
}
