using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// Reports errors raised while an aggregation runs (not while it is parsed) the way mongod does: the message gets
/// the prefix <c>PlanExecutor error during aggregation :: caused by :: </c> while the <c>aggregate</c> command
/// itself runs (first batch, <c>$out</c>, <c>$merge</c>), and <c>Executor error during getMore :: caused by :: </c>
/// once the results are read by <c>getMore</c>. The code, extra fields and labels are kept.
/// </summary>
internal sealed class AggregationExecutorErrors
{
    /// <summary>The prefix of errors raised by the <c>aggregate</c> command's execution.</summary>
    public const string AggregatePrefix = "PlanExecutor error during aggregation :: caused by :: ";

    /// <summary>The prefix of errors raised while <c>getMore</c> reads later batches.</summary>
    public const string GetMorePrefix = "Executor error during getMore :: caused by :: ";

    private bool _inGetMore;

    /// <summary>Marks the end of the <c>aggregate</c> command: later errors are raised by <c>getMore</c>.</summary>
    public void FirstBatchDone() => _inGetMore = true;

    /// <summary>Wraps the pipeline output so that errors raised while enumerating it carry the prefix.</summary>
    /// <param name="output">The lazily evaluated output.</param>
    /// <returns>The same documents.</returns>
    public IEnumerable<BsonDocument> Wrap(IEnumerable<BsonDocument> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Iterate(output);
    }

    private IEnumerable<BsonDocument> Iterate(IEnumerable<BsonDocument> output)
    {
        using var enumerator = output.GetEnumerator();
        while (true)
        {
            BsonDocument current;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                current = enumerator.Current;
            }
            catch (MongoServerException exception)
            {
                throw new MongoServerException(exception.Code, (_inGetMore ? GetMorePrefix : AggregatePrefix) + exception.Message, exception.ExtraInfo)
                {
                    ErrorLabels = exception.ErrorLabels,
                };
            }

            yield return current;
        }
    }
}
