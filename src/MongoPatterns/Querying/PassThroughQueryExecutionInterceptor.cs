namespace MongoPatterns.Querying;

/// <summary>The default interceptor: runs every query.</summary>
internal sealed class PassThroughQueryExecutionInterceptor : IQueryExecutionInterceptor
{
    public Task<TResult> ExecuteAsync<TState, TResult>(FindQueryModel model, string operation, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execute);
        return execute(state, cancellationToken);
    }

    public object? TryAnswer(FindQueryModel model, string operation, Type resultType) => null;

    public object? TryAnswerGetById(in GetByIdModel model, Type resultType) => null;

    public Task<TResult> ExecuteGetByIdAsync<TState, TResult>(in GetByIdModel model, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execute);
        return execute(state, cancellationToken);
    }
}
