using System.Diagnostics;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Servers;
using MongoPatterns.Driver.Operations;

namespace MongoPatterns.Driver.Sessions;

/// <summary>
/// The session an operation runs in: an implicit one created for a single operation, or an explicit one started with
/// <see cref="IMongoClient.StartSessionAsync"/>. The server session is taken from the pool when a command first needs an
/// <c>lsid</c> and returned on dispose. Explicit sessions also carry causal consistency and the transaction state machine
/// (Transactions specification): the channel asks <see cref="PrepareCommand"/> to add <c>txnNumber</c>,
/// <c>autocommit</c>, <c>startTransaction</c> and <c>readConcern</c> to each command.
/// </summary>
internal sealed class ClientSessionHandle : IClientSessionHandle
{
    private const double InitialBackoffMilliseconds = 5;
    private const double MaxBackoffMilliseconds = 500;
    private static readonly TimeSpan WithTransactionTimeLimit = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan CommitRetryWTimeout = TimeSpan.FromSeconds(10);
    private static readonly ClientSessionOptions ImplicitSessionOptions = new() { CausalConsistency = false };

    private readonly ServerSessionPool _pool;
    private readonly MongoClient? _client;
    private ServerSession? _serverSession;
    private TimeSpan? _logicalSessionTimeout;
    private BsonDocument? _clusterTime;
    private TransactionOptions? _transactionOptions;
    private bool _disposed;

    /// <summary>Creates an implicit session handle.</summary>
    /// <param name="pool">Where the server session comes from and goes back to.</param>
    /// <param name="isImplicit">Whether the driver created it for a single operation.</param>
    public ClientSessionHandle(ServerSessionPool pool, bool isImplicit)
    {
        ArgumentNullException.ThrowIfNull(pool);
        _pool = pool;
        IsImplicit = isImplicit;
        Options = ImplicitSessionOptions;
    }

    /// <summary>Creates an explicit session of a client.</summary>
    /// <param name="client">The client.</param>
    /// <param name="options">The session options.</param>
    public ClientSessionHandle(MongoClient client, ClientSessionOptions? options)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _pool = client.Core.SessionPool;
        Options = options ?? new ClientSessionOptions();
    }

    /// <inheritdoc />
    public IMongoClient Client => _client ?? throw new InvalidOperationException("An implicit session has no client.");

    /// <inheritdoc />
    public ClientSessionOptions Options { get; }

    /// <inheritdoc />
    public bool IsImplicit { get; }

    /// <inheritdoc />
    public bool IsCausallyConsistent => !IsImplicit && (Options.CausalConsistency ?? true);

    /// <inheritdoc />
    public bool IsInTransaction => State is TransactionState.Starting or TransactionState.InProgress;

    /// <summary>Gets the transaction state.</summary>
    public TransactionState State { get; private set; }

    /// <summary>Gets the server session, when one was acquired.</summary>
    public ServerSession? ServerSession => _serverSession;

    /// <inheritdoc />
    IServerSession? IClientSessionHandle.ServerSession => _serverSession;

    /// <inheritdoc />
    public BsonDocument? ClusterTime => _clusterTime;

    /// <inheritdoc />
    public BsonTimestamp? OperationTime { get; private set; }

    /// <summary>Gets the options of the current (or last) transaction.</summary>
    public TransactionOptions? TransactionOptions => _transactionOptions;

    /// <summary>Gets the client this session belongs to, or null for an implicit session.</summary>
    internal MongoClient? OwnerClient => _client;

    /// <summary>Returns the <c>lsid</c>, acquiring a server session on first use.</summary>
    /// <param name="logicalSessionTimeout">The server's session timeout (used to skip sessions about to expire).</param>
    /// <returns>The <c>lsid</c> document.</returns>
    public BsonDocument GetSessionId(TimeSpan? logicalSessionTimeout)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _logicalSessionTimeout = logicalSessionTimeout;
        _serverSession ??= _pool.Acquire(logicalSessionTimeout);
        _serverSession.MarkUsed();
        return _serverSession.Id;
    }

    /// <summary>Advances the server session's transaction number for a retryable write.</summary>
    /// <param name="logicalSessionTimeout">The server's session timeout.</param>
    /// <returns>The new transaction number.</returns>
    public long AdvanceTransactionNumber(TimeSpan? logicalSessionTimeout)
    {
        GetSessionId(logicalSessionTimeout);
        return _serverSession!.AdvanceTransactionNumber();
    }

    /// <inheritdoc />
    public void AdvanceOperationTime(BsonTimestamp newOperationTime)
    {
        ArgumentNullException.ThrowIfNull(newOperationTime);
        if (OperationTime is null || newOperationTime.Value > OperationTime.Value)
        {
            OperationTime = newOperationTime;
        }
    }

    /// <inheritdoc />
    public void AdvanceClusterTime(BsonDocument newClusterTime)
    {
        ArgumentNullException.ThrowIfNull(newClusterTime);
        if (newClusterTime.GetValue("clusterTime", null) is not BsonTimestamp time)
        {
            return;
        }

        if (_clusterTime?.GetValue("clusterTime", null) is BsonTimestamp current && current.Value >= time.Value)
        {
            return;
        }

        _clusterTime = newClusterTime;
    }

    /// <summary>Marks the server session dirty after a network error, so it is not reused.</summary>
    public void MarkDirty() => _serverSession?.MarkDirty();

    /// <summary>
    /// Adds the session's transaction fields to a command (after <c>lsid</c>): inside a transaction <c>txnNumber</c> and
    /// <c>autocommit: false</c>, on its first command <c>startTransaction: true</c> and the transaction's read concern, and
    /// no read or write concern otherwise; outside a transaction, <c>afterClusterTime</c> on causally consistent reads.
    /// </summary>
    /// <param name="body">The command.</param>
    /// <param name="serverType">The type of the server it goes to.</param>
    /// <exception cref="MongoException">A transaction on a standalone server.</exception>
    public void PrepareCommand(BsonDocument body, ServerType serverType)
    {
        ArgumentNullException.ThrowIfNull(body);
        var commandName = body.GetElement(0).Name;
        var isCommitOrAbort = commandName is "commitTransaction" or "abortTransaction";
        if (!IsInTransaction && !isCommitOrAbort)
        {
            if (IsCausallyConsistent && OperationTime is { } operationTime && IsReadWithReadConcern(commandName))
            {
                var readConcern = body.GetValue("readConcern", null) is BsonDocument existing ? new BsonDocument(existing.Elements) : [];
                readConcern.Set("afterClusterTime", operationTime);
                body.Set("readConcern", readConcern);
            }

            return;
        }

        if (serverType == ServerType.Standalone)
        {
            throw new MongoException(
                "Transactions are not supported by a standalone server: run MongoDB as a replica set (the embedded server with ReplicaSetName = \"rs0\", or the server exe with --replSet rs0).");
        }

        body.Set("txnNumber", _serverSession!.TransactionNumber);
        body.Set("autocommit", false);
        if (!isCommitOrAbort)
        {
            body.Remove("writeConcern");
        }

        body.Remove("readConcern");
        if (State == TransactionState.Starting && !isCommitOrAbort)
        {
            body.Set("startTransaction", true);
            var readConcern = _transactionOptions?.ReadConcern is { Level: { } level } ? new BsonDocument("level", level) : [];
            if (IsCausallyConsistent && OperationTime is { } operationTime)
            {
                readConcern.Set("afterClusterTime", operationTime);
            }

            if (readConcern.ElementCount > 0)
            {
                body.Set("readConcern", readConcern);
            }

            State = TransactionState.InProgress;
        }
    }

    /// <inheritdoc />
    public void StartTransaction(TransactionOptions? transactionOptions = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsImplicit)
        {
            throw new InvalidOperationException("Transactions need an explicit session (IMongoClient.StartSessionAsync).");
        }

        if (IsInTransaction)
        {
            throw new InvalidOperationException("Transaction already in progress: commit or abort it before starting another one.");
        }

        var options = (transactionOptions ?? new TransactionOptions()).WithDefaults(Options.DefaultTransactionOptions);
        var settings = _client!.Settings;
        options = options with
        {
            ReadConcern = options.ReadConcern ?? settings.ReadConcern,
            WriteConcern = options.WriteConcern ?? settings.WriteConcern,
            ReadPreference = options.ReadPreference ?? settings.ReadPreference,
        };
        if (options.WriteConcern is { IsAcknowledged: false })
        {
            throw new InvalidOperationException("Transactions do not support unacknowledged write concerns.");
        }

        if (options.ReadPreference is { Mode: not ReadPreferenceMode.Primary })
        {
            throw new InvalidOperationException("Read preference in a transaction must be primary.");
        }

        _transactionOptions = options;
        _serverSession ??= _pool.Acquire(_logicalSessionTimeout);
        _serverSession.AdvanceTransactionNumber();
        State = TransactionState.Starting;
    }

    /// <inheritdoc />
    public async Task CommitTransactionAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        switch (State)
        {
            case TransactionState.None:
                throw new InvalidOperationException("No transaction started.");
            case TransactionState.Aborted:
                throw new InvalidOperationException("Cannot call commitTransaction after calling abortTransaction.");
            case TransactionState.Starting or TransactionState.CommittedEmpty:
                // Nothing was sent: there is nothing to commit on the server.
                State = TransactionState.CommittedEmpty;
                return;
        }

        var isRetry = State == TransactionState.Committed;
        State = TransactionState.Committed;
        try
        {
            try
            {
                await RunTransactionCommandAsync("commitTransaction", isRetry, cancellationToken).ConfigureAwait(false);
            }
            catch (MongoException exception) when (RetryableErrors.IsRetryableWriteError(exception))
            {
                await RunTransactionCommandAsync("commitTransaction", isRetry: true, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (MongoException exception) when (RetryableErrors.IsUnknownCommitResult(exception))
        {
            exception.RemoveErrorLabel(RetryableErrors.TransientTransactionError);
            exception.AddErrorLabel(RetryableErrors.UnknownTransactionCommitResult);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task AbortTransactionAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        switch (State)
        {
            case TransactionState.None:
                throw new InvalidOperationException("No transaction started.");
            case TransactionState.Committed or TransactionState.CommittedEmpty:
                throw new InvalidOperationException("Cannot call abortTransaction after calling commitTransaction.");
            case TransactionState.Aborted:
                throw new InvalidOperationException("Cannot call abortTransaction twice.");
            case TransactionState.Starting:
                State = TransactionState.Aborted;
                return;
        }

        State = TransactionState.Aborted;
        try
        {
            try
            {
                await RunTransactionCommandAsync("abortTransaction", isRetry: false, cancellationToken).ConfigureAwait(false);
            }
            catch (MongoException exception) when (RetryableErrors.IsRetryableWriteError(exception))
            {
                await RunTransactionCommandAsync("abortTransaction", isRetry: true, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (MongoException)
        {
            // The specification: errors of abortTransaction are ignored (the server aborts the transaction on its own).
        }
    }

    /// <inheritdoc />
    public async Task WithTransactionAsync(Func<IClientSessionHandle, CancellationToken, Task> callback, TransactionOptions? transactionOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        await WithTransactionAsync<bool>(
            async (session, token) =>
            {
                await callback(session, token).ConfigureAwait(false);
                return true;
            },
            transactionOptions,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<TResult> WithTransactionAsync<TResult>(Func<IClientSessionHandle, CancellationToken, Task<TResult>> callback, TransactionOptions? transactionOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0)
            {
                await BackoffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }

            StartTransaction(transactionOptions);
            TResult result;
            try
            {
                result = await callback(this, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                if (IsInTransaction)
                {
                    await AbortTransactionAsync(CancellationToken.None).ConfigureAwait(false);
                }

                if (exception is MongoException mongo && mongo.HasErrorLabel(RetryableErrors.TransientTransactionError) && !TimeLimitReached(started))
                {
                    continue;
                }

                throw;
            }

            if (!IsInTransaction)
            {
                // The callback committed or aborted the transaction itself.
                return result;
            }

            if (await CommitWithRetriesAsync(started, cancellationToken).ConfigureAwait(false))
            {
                return result;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_disposed && State == TransactionState.InProgress)
        {
            AbortTransactionAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        ReleaseServerSession();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_disposed && State == TransactionState.InProgress)
        {
            await AbortTransactionAsync(CancellationToken.None).ConfigureAwait(false);
        }

        ReleaseServerSession();
    }

    private void ReleaseServerSession()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_serverSession is { } session)
        {
            _serverSession = null;
            _pool.Release(session, _logicalSessionTimeout);
        }
    }

    private static bool IsReadWithReadConcern(string commandName) => commandName is "find" or "aggregate" or "distinct" or "count";

    private static bool TimeLimitReached(long started) => Stopwatch.GetElapsedTime(started) >= WithTransactionTimeLimit;

    private static Task BackoffAsync(int attempt, CancellationToken cancellationToken)
    {
        // Convenient Transactions API: jitter * min(5 ms * 1.5^(attempt - 1), 500 ms), so that conflicting
        // transactions stop colliding.
        var ceiling = Math.Min(InitialBackoffMilliseconds * Math.Pow(1.5, attempt - 1), MaxBackoffMilliseconds);
        return Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling), cancellationToken);
    }

    /// <summary>Commits, retrying on <c>UnknownTransactionCommitResult</c>; false when the whole transaction must be retried.</summary>
    private async Task<bool> CommitWithRetriesAsync(long started, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await CommitTransactionAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (MongoException exception) when (!TimeLimitReached(started))
            {
                if (exception.HasErrorLabel(RetryableErrors.UnknownTransactionCommitResult)
                    && exception is not MongoCommandException { Code: Exceptions.ServerErrorCodes.MaxTimeMSExpired })
                {
                    continue;
                }

                if (exception.HasErrorLabel(RetryableErrors.TransientTransactionError))
                {
                    return false;
                }

                throw;
            }
        }
    }

    private async Task RunTransactionCommandAsync(string commandName, bool isRetry, CancellationToken cancellationToken)
    {
        var options = _transactionOptions ?? new TransactionOptions();
        var writeConcern = options.WriteConcern ?? WriteConcern.Acknowledged;
        if (isRetry)
        {
            writeConcern = new WriteConcern(WriteConcernW.Majority, writeConcern.WTimeout ?? CommitRetryWTimeout, writeConcern.Journal);
        }

        var command = new BsonDocument(commandName, 1);
        if (commandName == "commitTransaction")
        {
            command.AddMaxTime(options.MaxCommitTime);
        }

        var operation = new WriteCommandOperation("admin", command, writeConcern);
        await _client!.Core.ExecuteAsync(operation, commandName, "admin", null, this, cancellationToken).ConfigureAwait(false);
    }
}
