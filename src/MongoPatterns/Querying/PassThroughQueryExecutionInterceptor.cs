namespace MongoPatterns.Querying;

/// <summary>The default interceptor: runs every query.</summary>
internal sealed class PassThroughQueryExecutionInterceptor : IQueryExecutionInterceptor
{
    public Task<TResult> ExecuteAsync<TState, TResult>(FindQueryModel model, string operation, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execute);
        return execute(state, cancellationToken);
    }

    public Task<TResult> ExecuteGetByIdAsync<TState, TResult>(in GetByIdModel model, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execute);
        return execute(state, cancellationToken);
    }
}
