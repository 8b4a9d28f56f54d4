using MongoPatterns.Bson;
using MongoPatterns.Embedded.Auth;
using MongoPatterns.Embedded.Cursors;
using MongoPatterns.Embedded.Replication;
using MongoPatterns.Embedded.Storage;
using MongoPatterns.Embedded.Transactions;
using Microsoft.Extensions.Logging;

namespace MongoPatterns.Embedded.Commands;

/// <summary>Everything command handlers can reach: storage, cursors, users, clock, options and server identity.</summary>
internal sealed class ServerServices : IDisposable
{
    private long _currentConnections;
    private long _totalConnections;

    /// <summary>Creates the services.</summary>
    /// <param name="options">The validated options.</param>
    /// <param name="loggerFactory">The logger factory.</param>
    public ServerServices(EmbeddedMongoOptions options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        LoggerFactory = loggerFactory;
        TimeProvider = options.TimeProvider;
        Storage = new StorageEngine();
        Cursors = new CursorRegistry(options.TimeProvider, options.CursorTimeout);
        Users = new UserStore(options.Users);
        StartTime = options.TimeProvider.GetUtcNow();
        ProcessId = ObjectId.GenerateNewId();
        Clock = new LogicalClock(options.TimeProvider);
        ReplicaSet = options.ReplicaSetName is { } setName ? new ReplicaSetMember(setName, Clock) : null;
        Transactions = new TransactionManager(Storage, options.TimeProvider, options.TransactionLifetimeLimit);
    }

    /// <summary>Gets the options.</summary>
    public EmbeddedMongoOptions Options { get; }

    /// <summary>Gets the logger factory.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>Gets the clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Gets the storage engine.</summary>
    public StorageEngine Storage { get; }

    /// <summary>Gets the cursor registry.</summary>
    public CursorRegistry Cursors { get; }

    /// <summary>Gets the <c>failCommand</c> fail point.</summary>
    public FailCommandPoint FailCommand { get; } = new();

    /// <summary>Gets the <c>onPrimaryTransactionalWrite</c> fail point (retryable writes).</summary>
    public TransactionalWriteFailPoint TransactionalWriteFailPoint { get; } = new();

    /// <summary>Gets the cluster time (replies carry it in replica set mode).</summary>
    public LogicalClock Clock { get; }

    /// <summary>Gets the replica set this server is the primary of, or null for a standalone.</summary>
    public ReplicaSetMember? ReplicaSet { get; }

    /// <summary>Gets the transactions and retryable writes.</summary>
    public TransactionManager Transactions { get; }

    /// <summary>Gets the cluster time of the latest write.</summary>
    public BsonTimestamp ClusterTime => Clock.TimeOf(Storage.Current.Version);

    /// <summary>Gets the logical sessions seen so far.</summary>
    public SessionCatalog Sessions { get; } = new();

    /// <summary>Gets the configured users.</summary>
    public UserStore Users { get; }

    /// <summary>Gets a value indicating whether commands require authentication.</summary>
    public bool AuthEnabled => Users.Enabled;

    /// <summary>Gets when the server started.</summary>
    public DateTimeOffset StartTime { get; }

    /// <summary>Gets the process id reported in <c>topologyVersion</c>.</summary>
    public ObjectId ProcessId { get; }

    /// <summary>Gets or sets the <c>host:port</c> the server listens on.</summary>
    public string HostAndPort { get; set; } = "127.0.0.1:27017";

    /// <summary>
    /// Gets the <c>host:port</c> clients should connect to (a replica set member names itself in <c>hosts</c>): the
    /// listening address, with the loopback address instead of a wildcard one.
    /// </summary>
    public string AdvertisedHostAndPort => HostAndPort.StartsWith("0.0.0.0:", StringComparison.Ordinal)
        ? "127.0.0.1:" + HostAndPort["0.0.0.0:".Length..]
        : HostAndPort.StartsWith("[::]:", StringComparison.Ordinal) ? "[::1]:" + HostAndPort["[::]:".Length..] : HostAndPort;

    /// <summary>Gets or sets the token cancelled when the server shuts down.</summary>
    public CancellationToken ShutdownToken { get; set; }

    /// <summary>Gets the number of open connections.</summary>
    public long CurrentConnections => Interlocked.Read(ref _currentConnections);

    /// <summary>Gets the number of connections accepted since start.</summary>
    public long TotalConnections => Interlocked.Read(ref _totalConnections);

    /// <summary>Gets the current time as a UTC <see cref="DateTime"/>.</summary>
    public DateTime UtcNow => TimeProvider.GetUtcNow().UtcDateTime;

    /// <summary>Records an accepted connection and returns its id.</summary>
    /// <returns>The connection id.</returns>
    public long ConnectionOpened()
    {
        Interlocked.Increment(ref _currentConnections);
        return Interlocked.Increment(ref _totalConnections);
    }

    /// <summary>Records a closed connection.</summary>
    public void ConnectionClosed() => Interlocked.Decrement(ref _currentConnections);

    /// <inheritdoc />
    public void Dispose() => Cursors.Dispose();
}
