namespace MongoPatterns.Querying;

/// <summary>
/// Integration seam: every terminal method of a find query (list, first, single, any, count, page, keyset page) and
/// every <c>GetByIdAsync</c> runs through the registered interceptor, which may answer without calling <c>execute</c>
/// (a cache hit). The default passes through. Query operations: <c>list</c>, <c>first</c>, <c>single</c>, <c>any</c>,
/// <c>count</c>, <c>page:{number}:{size}:{mode}</c>, <c>keyset:{token}:{size}</c>.
/// </summary>
internal interface IQueryExecutionInterceptor
{
    /// <summary>
    /// Runs (or answers) one terminal query operation: <paramref name="execute"/> with <paramref name="state"/> runs it
    /// (callers pass static lambdas and their state, so that a call answered without running allocates no closure).
    /// </summary>
    Task<TResult> ExecuteAsync<TState, TResult>(FindQueryModel model, string operation, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken);

    /// <summary>
    /// Answers a terminal query operation without running it when it can (a cache hit), through a call without type
    /// parameters (cheaper to dispatch than the generic <see cref="ExecuteAsync"/>, which runs otherwise).
    /// </summary>
    /// <returns>The completed <c>Task&lt;TResult&gt;</c> of <paramref name="resultType"/>, or null.</returns>
    object? TryAnswer(FindQueryModel model, string operation, Type resultType);

    /// <summary>As <see cref="TryAnswer"/>, for a read by id.</summary>
    /// <returns>The completed <c>Task&lt;TResult&gt;</c> of <paramref name="resultType"/>, or null.</returns>
    object? TryAnswerGetById(in GetByIdModel model, Type resultType);

    /// <summary>Runs (or answers) one read by id.</summary>
    Task<TResult> ExecuteGetByIdAsync<TState, TResult>(in GetByIdModel model, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken);
}
