namespace MongoPatterns.Querying;

/// <summary>The default interceptor: runs every query.</summary>
internal sealed class PassThroughQueryExecutionInterceptor : IQueryExecutionInterceptor
{
    public ValueTask<TResult> ExecuteAsync<TResult>(FindQueryModel model, string operation, Func<CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execute);
        return new ValueTask<TResult>(execute(cancellationToken));
    }
}
