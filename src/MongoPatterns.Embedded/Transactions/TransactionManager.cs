using System.Collections.Concurrent;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Transactions;

/// <summary>
/// Multi-document transactions and retryable writes over the immutable catalog snapshots.
/// </summary>
/// <remarks>
/// <para>
/// A transaction reads the snapshot taken by its first command plus its own writes (<see cref="ServerTransaction.Workspace"/>).
/// A write to a document that another open transaction has written, or that was changed after the snapshot, fails at
/// once with <c>WriteConflict</c> (first writer wins) and aborts the transaction. A non-transactional write does not wait
/// for transactions: when it changes a document a transaction has written, that transaction fails when it commits.
/// </para>
/// <para>
/// Commit replays the transaction's writes onto the latest catalog under the storage write lock, checking again that no
/// document it wrote changed since its snapshot and that unique indexes still hold (a clash with a concurrent commit is
/// a <c>WriteConflict</c>), and publishes everything as one new snapshot: other readers see all of it or nothing.
/// </para>
/// <para>
/// Lock order: the storage write lock, then this manager's lock; transactional writes take only this manager's lock.
/// </para>
/// </remarks>
internal sealed class TransactionManager
{
    private const int PruneEvery = 256;

    private readonly object _gate = new();
    private readonly StorageEngine _storage;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<BsonValue, LogicalSession> _sessions = new(BsonValueComparer.Instance);
    private readonly Dictionary<(Guid Collection, long RecordId), ServerTransaction> _locks = [];
    private long _lifetimeLimitTicks;
    private int _created;

    /// <summary>Creates the manager.</summary>
    /// <param name="storage">The storage engine.</param>
    /// <param name="timeProvider">The clock (lifetime limit).</param>
    /// <param name="lifetimeLimit">How long a transaction may stay open before it is aborted.</param>
    public TransactionManager(StorageEngine storage, TimeProvider timeProvider, TimeSpan lifetimeLimit)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _storage = storage;
        _timeProvider = timeProvider;
        LifetimeLimit = lifetimeLimit;
    }

    /// <summary>Gets or sets how long a transaction may stay open (<c>transactionLifetimeLimitSeconds</c>).</summary>
    public TimeSpan LifetimeLimit
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _lifetimeLimitTicks));
        set => Interlocked.Exchange(ref _lifetimeLimitTicks, value.Ticks);
    }

    /// <summary>Gets the number of transactions in progress.</summary>
    public int ActiveTransactionCount
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Values.Count(s => s.Transaction is { State: TransactionState.InProgress });
            }
        }
    }

    /// <summary>Returns the state of a logical session, creating it on first use.</summary>
    /// <param name="sessionId">The <c>lsid.id</c> value.</param>
    /// <returns>The session.</returns>
    public LogicalSession GetSession(BsonValue sessionId)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        var now = _timeProvider.GetUtcNow();
        if (!_sessions.TryGetValue(sessionId, out var session))
        {
            session = _sessions.GetOrAdd(sessionId, new LogicalSession(sessionId, now));
            if (Interlocked.Increment(ref _created) % PruneEvery == 0)
            {
                PruneIdleSessions(now);
            }
        }

        session.LastUse = now;
        return session;
    }

    /// <summary>Ends a session (<c>endSessions</c>, <c>killSessions</c>): aborts its transaction and forgets it.</summary>
    /// <param name="lsid">The <c>lsid</c> document.</param>
    public void EndSession(BsonValue lsid)
    {
        if (lsid is not BsonDocument document || !document.TryGetValue("id", out var id) || !_sessions.TryRemove(id, out var session))
        {
            return;
        }

        session.IsEnded = true;
        if (session.Transaction is { } transaction)
        {
            Abort(transaction, "the session was ended");
        }
    }

    /// <summary>
    /// Finds or starts the transaction a command runs in (mongod's <c>beginOrContinue</c>). The caller holds the
    /// session's gate.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <param name="info">The command's session fields (a transaction).</param>
    /// <param name="commandName">The command name.</param>
    /// <returns>The transaction.</returns>
    /// <exception cref="MongoServerException">TransactionTooOld, NoSuchTransaction, TransactionCommitted or ConflictingOperationInProgress.</exception>
    public ServerTransaction BeginOrContinue(LogicalSession session, OperationSessionInfo info, string commandName)
    {
        ArgumentNullException.ThrowIfNull(session);
        var txnNumber = info.TxnNumber ?? throw new ArgumentException("The command is not part of a transaction.", nameof(info));
        var now = _timeProvider.GetUtcNow();
        if (session.Transaction is { } current)
        {
            AbortIfExpired(current, now);
        }

        if (txnNumber < session.ActiveTxnNumber)
        {
            throw new MongoServerException(
                ErrorCodes.TransactionTooOld,
                $"Cannot start transaction {txnNumber} on session {session.Describe()} because a newer transaction with txnNumber {session.ActiveTxnNumber} has already started.");
        }

        if (txnNumber > session.ActiveTxnNumber)
        {
            if (!info.StartTransaction)
            {
                throw NoSuchTransaction($"Given transaction number {txnNumber} does not match any in-progress transactions. The active transaction number is {session.ActiveTxnNumber}");
            }

            if (session.Transaction is { } previous)
            {
                Abort(previous, "a newer transaction was started on the session");
            }

            var transaction = new ServerTransaction(session, txnNumber, _storage.Current, now);
            session.ActiveTxnNumber = txnNumber;
            session.IsRetryableWrite = false;
            session.RetryableWriteReply = null;
            session.Transaction = transaction;
            return transaction;
        }

        if (info.StartTransaction)
        {
            throw new MongoServerException(
                ErrorCodes.ConflictingOperationInProgress,
                "Only servers in a sharded cluster can start a new transaction at the active transaction number");
        }

        if (session.IsRetryableWrite || session.Transaction is null)
        {
            throw NoSuchTransaction($"Given transaction number {txnNumber} does not match any in-progress transactions. The active transaction number is {session.ActiveTxnNumber}");
        }

        var existing = session.Transaction;
        switch (existing.State)
        {
            case TransactionState.Aborted:
                throw NoSuchTransaction($"Transaction with {{ txnNumber: {txnNumber} }} has been aborted.");
            case TransactionState.Committed when commandName != "commitTransaction":
                throw new MongoServerException(ErrorCodes.TransactionCommitted, $"Transaction with {{ txnNumber: {txnNumber} }} has been committed.");
            default:
                return existing;
        }
    }

    /// <summary>
    /// Starts or continues a retryable write (a command with <c>txnNumber</c> and no <c>autocommit</c>). The caller holds
    /// the session's gate.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <param name="txnNumber">The transaction number.</param>
    /// <returns>The stored reply when this write already succeeded (a retry), otherwise null.</returns>
    /// <exception cref="MongoServerException">TransactionTooOld, or the number belongs to a transaction.</exception>
    public BsonDocument? BeginRetryableWrite(LogicalSession session, long txnNumber)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (txnNumber < session.ActiveTxnNumber)
        {
            throw new MongoServerException(
                ErrorCodes.TransactionTooOld,
                $"Retryable write with txnNumber {txnNumber} is prohibited on session {session.Describe()} because a newer retryable write with txnNumber {session.ActiveTxnNumber} has already started on this session.");
        }

        if (txnNumber > session.ActiveTxnNumber)
        {
            if (session.Transaction is { } previous)
            {
                Abort(previous, "a newer transaction number was used on the session");
            }

            session.ActiveTxnNumber = txnNumber;
            session.Transaction = null;
            session.IsRetryableWrite = true;
            session.RetryableWriteReply = null;
            return null;
        }

        if (!session.IsRetryableWrite)
        {
            throw new MongoServerException(
                ErrorCodes.ConflictingOperationInProgress,
                $"Cannot run a retryable write with txnNumber {txnNumber} on session {session.Describe()}: a transaction with the same number was started on this session");
        }

        return session.RetryableWriteReply?.DeepClone();
    }

    /// <summary>Stores the reply of a successful retryable write, so that a retry returns it without re-applying the write.</summary>
    /// <param name="session">The session (its gate held).</param>
    /// <param name="txnNumber">The write's transaction number.</param>
    /// <param name="reply">The reply.</param>
    public static void CompleteRetryableWrite(LogicalSession session, long txnNumber, BsonDocument reply)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(reply);
        if (session.IsRetryableWrite && session.ActiveTxnNumber == txnNumber)
        {
            session.RetryableWriteReply = reply.DeepClone();
        }
    }

    /// <summary>
    /// Runs a write inside a transaction: on a private copy of its workspace, then checks the documents it wrote for
    /// conflicts and locks them; the workspace is updated only when that succeeds.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="transaction">The transaction (its session's gate held).</param>
    /// <param name="write">The write.</param>
    /// <returns>The write's result.</returns>
    /// <exception cref="MongoServerException">WriteConflict (the transaction is then aborted), NoSuchTransaction, or the write's own error.</exception>
    public T Write<T>(ServerTransaction transaction, Func<CatalogWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(write);
        ThrowIfNotInProgress(transaction);
        var writer = new CatalogWriter(transaction.Workspace) { TrackWrites = true };
        var result = write(writer);
        if (!writer.Changed)
        {
            return result;
        }

        var workspace = writer.Build();
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            ThrowIfNotInProgress(transaction);
            var current = _storage.Current;
            foreach (var database in workspace.Databases.Values)
            {
                foreach (var collection in database.Collections.Values)
                {
                    if (collection.WrittenRecordIds is not { Count: > 0 } written)
                    {
                        continue;
                    }

                    var before = transaction.Snapshot.FindCollection(collection.Database, collection.Name);
                    if (before is null || before.Uuid != collection.Uuid)
                    {
                        continue; // Created by this transaction: nobody else can have written its documents.
                    }

                    var committed = current.FindCollection(collection.Database, collection.Name);
                    foreach (var recordId in written)
                    {
                        if (recordId >= before.NextRecordId || transaction.LockedRecords.Contains((collection.Uuid, recordId))
                            || !before.Records.TryGetValue(recordId, out var original))
                        {
                            continue; // Inserted by this transaction, or already checked and locked.
                        }

                        if (committed is null || committed.Uuid != before.Uuid
                            || !committed.Records.TryGetValue(recordId, out var latest) || latest.Version != original.Version
                            || !TryLock(transaction, (collection.Uuid, recordId), now))
                        {
                            AbortLocked(transaction, "a write conflicted with another operation");
                            throw WriteConflict();
                        }
                    }
                }
            }

            transaction.Workspace = workspace;
        }

        return result;
    }

    /// <summary>Commits a transaction: publishes its writes atomically. Committing a committed transaction again succeeds.</summary>
    /// <param name="transaction">The transaction (its session's gate held).</param>
    /// <exception cref="MongoServerException">NoSuchTransaction, or WriteConflict (the transaction is then aborted).</exception>
    public void Commit(ServerTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.State == TransactionState.Committed)
        {
            return;
        }

        AbortIfExpired(transaction, _timeProvider.GetUtcNow());
        try
        {
            _storage.Write(writer =>
            {
                lock (_gate)
                {
                    ThrowIfNotInProgress(transaction);
                    transaction.State = TransactionState.Committing;
                }

                Publish(transaction, writer);
                return 0;
            });
        }
        catch (MongoServerException exception) when (exception.Code != ErrorCodes.NoSuchTransaction)
        {
            Abort(transaction, "its commit conflicted with another operation");
            throw exception.Code == ErrorCodes.DuplicateKey ? WriteConflict() : exception;
        }

        lock (_gate)
        {
            transaction.State = TransactionState.Committed;
            transaction.Workspace = transaction.Snapshot;
            ReleaseLocks(transaction);
        }
    }

    /// <summary>Aborts a transaction in progress (no-op when it already ended).</summary>
    /// <param name="transaction">The transaction.</param>
    /// <param name="reason">Why (kept for diagnostics).</param>
    public void Abort(ServerTransaction transaction, string reason)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        lock (_gate)
        {
            AbortLocked(transaction, reason);
        }
    }

    private static MongoServerException NoSuchTransaction(string message) => new(ErrorCodes.NoSuchTransaction, message);

    private static MongoServerException WriteConflict() => new(
        ErrorCodes.WriteConflict,
        "WriteConflict error: this operation conflicted with another operation. Please retry your operation or multi-document transaction.");

    private static void ThrowIfNotInProgress(ServerTransaction transaction)
    {
        if (transaction.State == TransactionState.Aborted)
        {
            throw NoSuchTransaction($"Transaction with {{ txnNumber: {transaction.TxnNumber} }} has been aborted.");
        }

        if (transaction.State != TransactionState.InProgress)
        {
            throw new MongoServerException(ErrorCodes.TransactionCommitted, $"Transaction with {{ txnNumber: {transaction.TxnNumber} }} has been committed.");
        }
    }

    /// <summary>Replays the transaction's changes onto the latest catalog (inside the storage write lock).</summary>
    private static void Publish(ServerTransaction transaction, CatalogWriter writer)
    {
        foreach (var database in transaction.Workspace.Databases.Values)
        {
            foreach (var changed in database.Collections.Values)
            {
                var before = transaction.Snapshot.FindCollection(changed.Database, changed.Name);
                if (ReferenceEquals(before, changed))
                {
                    continue;
                }

                var latest = writer.GetCollection(changed.Database, changed.Name);
                if (before is null || before.Uuid != changed.Uuid)
                {
                    // Created inside the transaction: it must still not exist.
                    if (latest is not null)
                    {
                        throw WriteConflict();
                    }

                    writer.SetCollection(changed.WithoutWriteTracking());
                    continue;
                }

                if (changed.WrittenRecordIds is not { Count: > 0 } written)
                {
                    continue;
                }

                if (latest is null || latest.Uuid != before.Uuid)
                {
                    throw WriteConflict();
                }

                foreach (var recordId in written.Order())
                {
                    changed.Records.TryGetValue(recordId, out var mine);
                    if (before.Records.TryGetValue(recordId, out var original))
                    {
                        if (!latest.Records.TryGetValue(recordId, out var committed) || committed.Version != original.Version)
                        {
                            throw WriteConflict();
                        }

                        if (mine is null)
                        {
                            latest = latest.Delete(committed);
                        }
                        else if (!ReferenceEquals(mine, original))
                        {
                            latest = latest.Replace(committed, mine.Document, mine.Bytes, writer.Version);
                        }
                    }
                    else if (mine is not null)
                    {
                        latest = latest.Insert(mine.Document, mine.Bytes, writer.Version);
                    }
                }

                writer.SetCollection(latest);
            }
        }
    }

    private bool TryLock(ServerTransaction transaction, (Guid Collection, long RecordId) key, DateTimeOffset now)
    {
        if (_locks.TryGetValue(key, out var holder) && !ReferenceEquals(holder, transaction))
        {
            if (holder.State != TransactionState.InProgress || now - holder.StartedAt <= LifetimeLimit)
            {
                return false;
            }

            AbortLocked(holder, "it exceeded transactionLifetimeLimitSeconds");
        }

        _locks[key] = transaction;
        transaction.LockedRecords.Add(key);
        return true;
    }

    private void AbortIfExpired(ServerTransaction transaction, DateTimeOffset now)
    {
        if (transaction.State == TransactionState.InProgress && now - transaction.StartedAt > LifetimeLimit)
        {
            Abort(transaction, "it exceeded transactionLifetimeLimitSeconds");
        }
    }

    private void AbortLocked(ServerTransaction transaction, string reason)
    {
        if (transaction.State is TransactionState.Committed or TransactionState.Aborted)
        {
            return;
        }

        transaction.State = TransactionState.Aborted;
        transaction.AbortReason = reason;
        transaction.Workspace = transaction.Snapshot;
        ReleaseLocks(transaction);
    }

    private void ReleaseLocks(ServerTransaction transaction)
    {
        foreach (var key in transaction.LockedRecords)
        {
            if (_locks.TryGetValue(key, out var holder) && ReferenceEquals(holder, transaction))
            {
                _locks.Remove(key);
            }
        }

        transaction.LockedRecords.Clear();
    }

    private void PruneIdleSessions(DateTimeOffset now)
    {
        var timeout = TimeSpan.FromMinutes(Commands.ServerIdentity.LogicalSessionTimeoutMinutes);
        foreach (var (id, session) in _sessions)
        {
            if (now - session.LastUse > timeout && session.Transaction is not { State: TransactionState.InProgress }
                && session.Gate.CurrentCount == 1 && _sessions.TryRemove(id, out var removed))
            {
                removed.IsEnded = true;
            }
        }
    }
}
