using MongoPatterns.Driver;

namespace MongoPatterns.Transactions;

/// <summary>
/// Runs work in a multi-document transaction with an ambient session: every repository call made inside the callback
/// (on any repository whose database uses the same client as the default database) joins the transaction
/// automatically, without passing a session around. Registered by <c>AddMongoPatterns</c>.
/// </summary>
/// <remarks>
/// <para>The transaction runs on the client of the default database. Transactions need a replica set or mongos
/// (the embedded server: <c>new EmbeddedMongoOptions { ReplicaSetName = "rs0" }</c>).</para>
/// <para>Transient errors (for example a write conflict with a concurrent transaction) re-run the whole callback,
/// so the callback must be idempotent: read what it needs inside the callback and keep no side effects outside the
/// database (or make them repeatable). Any other exception aborts the transaction and is rethrown unchanged.</para>
/// <para>A nested <c>RunAsync</c> (inside the callback of another) joins the outer transaction: it runs its callback
/// directly and the outer call commits or aborts everything.</para>
/// <para>Repository write notifications (cache invalidation) are deferred until the commit succeeded and dropped on
/// abort or retry.</para>
/// </remarks>
public interface ITransactionRunner
{
    /// <summary>Runs <paramref name="callback"/> in a transaction and commits it, retrying on transient errors.</summary>
    /// <param name="callback">The work; receives the cancellation token. May run more than once, so it must be idempotent.</param>
    /// <param name="options">Transaction options (read/write concern, read preference, max commit time); <see langword="null"/> for the client defaults.</param>
    /// <param name="cancellationToken">Cancels the transaction.</param>
    /// <returns>A task that completes once the transaction committed.</returns>
    Task RunAsync(Func<CancellationToken, Task> callback, TransactionOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="callback"/> in a transaction, commits it and returns the callback's result.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="callback">The work; receives the cancellation token. May run more than once, so it must be idempotent.</param>
    /// <param name="options">Transaction options; <see langword="null"/> for the client defaults.</param>
    /// <param name="cancellationToken">Cancels the transaction.</param>
    /// <returns>The result of the attempt that committed.</returns>
    Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>> callback, TransactionOptions? options = null, CancellationToken cancellationToken = default);
}
