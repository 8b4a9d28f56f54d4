namespace MongoPatterns.Querying;

/// <summary>The default interceptor: runs every query.</summary>
internal sealed class PassThroughQueryExecutionInterceptor : IQueryExecutionInterceptor
{
    public Task<TResult> ExecuteAsync<TResult>(FindQueryModel model, string operation, Func<CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execute);
        return execute(cancellationToken);
    }

    public Task<TResult> ExecuteGetByIdAsync<TResult>(in GetByIdModel model, Func<CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execute);
        return execute(cancellationToken);
    }
}
