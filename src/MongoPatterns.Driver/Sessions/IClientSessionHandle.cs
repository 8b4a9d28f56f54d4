using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>
/// An explicit client session (Driver Sessions specification) and its transactions (Transactions and Convenient
/// Transactions API specifications). Run operations in it with <c>WithSession(session)</c> on a database or collection,
/// or with the session-first overloads (<c>collection.InsertOneAsync(session, document)</c>). Not thread-safe: use a
/// session from one logical flow at a time. Disposing it aborts an open transaction and returns the server session to
/// the client's pool.
/// </summary>
public interface IClientSessionHandle : IDisposable, IAsyncDisposable
{
    /// <summary>Gets the client that started the session.</summary>
    IMongoClient Client { get; }

    /// <summary>Gets the session options.</summary>
    ClientSessionOptions Options { get; }

    /// <summary>Gets a value indicating whether the driver created the session implicitly for a single operation.</summary>
    bool IsImplicit { get; }

    /// <summary>Gets a value indicating whether reads are causally consistent.</summary>
    bool IsCausallyConsistent { get; }

    /// <summary>Gets a value indicating whether a transaction was started and neither committed nor aborted.</summary>
    bool IsInTransaction { get; }

    /// <summary>Gets the server session, once the session has been used.</summary>
    IServerSession? ServerSession { get; }

    /// <summary>Gets the highest <c>$clusterTime</c> seen by the session, or null.</summary>
    BsonDocument? ClusterTime { get; }

    /// <summary>Gets the <c>operationTime</c> of the latest reply seen by the session, or null.</summary>
    BsonTimestamp? OperationTime { get; }

    /// <summary>Advances the session's cluster time (to make it causally consistent with another session).</summary>
    /// <param name="newClusterTime">A <c>$clusterTime</c> document.</param>
    void AdvanceClusterTime(BsonDocument newClusterTime);

    /// <summary>Advances the session's operation time (to make it causally consistent with another session).</summary>
    /// <param name="newOperationTime">An operation time.</param>
    void AdvanceOperationTime(BsonTimestamp newOperationTime);

    /// <summary>
    /// Starts a multi-document transaction: the following operations in the session run in it until
    /// <see cref="CommitTransactionAsync"/> or <see cref="AbortTransactionAsync"/>. Requires a replica set (or mongos).
    /// </summary>
    /// <param name="transactionOptions">The options, or null for the session's defaults.</param>
    /// <exception cref="InvalidOperationException">A transaction is already in progress, or the write concern is unacknowledged.</exception>
    void StartTransaction(TransactionOptions? transactionOptions = null);

    /// <summary>
    /// Commits the transaction. A commit that failed with an <c>UnknownTransactionCommitResult</c> label may be retried.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the transaction is committed.</returns>
    /// <exception cref="InvalidOperationException">No transaction was started, or it was aborted.</exception>
    Task CommitTransactionAsync(CancellationToken cancellationToken = default);

    /// <summary>Aborts the transaction: none of its writes become visible. Server errors are ignored.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the transaction is aborted.</returns>
    /// <exception cref="InvalidOperationException">No transaction was started, or it was already committed or aborted.</exception>
    Task AbortTransactionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="callback"/> in a transaction and commits it (Convenient Transactions API): the whole
    /// transaction is retried when it fails with a <c>TransientTransactionError</c> label (e.g. a write conflict), and the
    /// commit alone when it fails with <c>UnknownTransactionCommitResult</c>, for up to 120 seconds. An exception thrown
    /// by the callback itself aborts the transaction and is rethrown, never retried.
    /// </summary>
    /// <typeparam name="TResult">The callback's result type.</typeparam>
    /// <param name="callback">The work; it must run its operations in this session and may run several times.</param>
    /// <param name="transactionOptions">The options, or null for the session's defaults.</param>
    /// <param name="cancellationToken">Cancels the operation (passed to the callback).</param>
    /// <returns>The callback's result from the attempt that committed.</returns>
    Task<TResult> WithTransactionAsync<TResult>(Func<IClientSessionHandle, CancellationToken, Task<TResult>> callback, TransactionOptions? transactionOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="callback"/> in a transaction and commits it, with the retries of <see cref="WithTransactionAsync{TResult}"/>.</summary>
    /// <param name="callback">The work; it must run its operations in this session and may run several times.</param>
    /// <param name="transactionOptions">The options, or null for the session's defaults.</param>
    /// <param name="cancellationToken">Cancels the operation (passed to the callback).</param>
    /// <returns>A task that completes when the transaction is committed.</returns>
    Task WithTransactionAsync(Func<IClientSessionHandle, CancellationToken, Task> callback, TransactionOptions? transactionOptions = null, CancellationToken cancellationToken = default);
}
