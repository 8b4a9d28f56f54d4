using MongoPatterns.Bson;
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
    private string _mode = "off";
    private long _remaining;
    private BsonDocument _data = new();
    private long _timesEntered;

    /// <summary>Configures the fail point.</summary>
    /// <param name="mode">The <c>mode</c>: <c>off</c>, <c>alwaysOn</c>, <c>{ times: n }</c> or <c>{ skip: n }</c>.</param>
    /// <param name="data">The <c>data</c> document, or null.</param>
    /// <returns>How many times the previous configuration triggered.</returns>
    /// <exception cref="MongoServerException">The mode is invalid (BadValue).</exception>
    public long Configure(BsonValue mode, BsonDocument? data)
    {
        ArgumentNullException.ThrowIfNull(mode);
        string parsedMode;
        long remaining = 0;
        switch (mode)
        {
            case BsonString { Value: "off" or "alwaysOn" } text:
                parsedMode = text.Value;
                break;
            case BsonDocument { ElementCount: 1 } document when document.GetElement(0) is { Name: "times" or "skip", Value.IsNumeric: true } counter:
                parsedMode = counter.Name;
                remaining = counter.Value.ToInt64();
                break;
            default:
                throw new MongoServerException(ErrorCodes.BadValue, "'mode' must be one of 'off', 'alwaysOn', 'times' and 'skip'");
        }

        lock (_gate)
        {
            var previous = _timesEntered;
            _mode = parsedMode;
            _remaining = remaining;
            _data = data ?? new BsonDocument();
            _timesEntered = 0;
            return previous;
        }
    }

    /// <summary>Decides whether a retryable write triggers the fail point.</summary>
    /// <returns>The fail point data when it triggers; otherwise null.</returns>
    public BsonDocument? TryTrigger()
    {
        lock (_gate)
        {
            switch (_mode)
            {
                case "off":
                    return null;
                case "times":
                    if (_remaining <= 0)
                    {
                        _mode = "off";
                        return null;
                    }

                    if (--_remaining == 0)
                    {
                        _mode = "off";
                    }

                    break;
                case "skip":
                    if (_remaining > 0)
                    {
                        _remaining--;
                        return null;
                    }

                    break;
            }

            _timesEntered++;
            return _data;
        }
    }
}
