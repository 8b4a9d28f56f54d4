using MongoPatterns.Bson;
using MongoPatterns.Embedded.Auth;
using MongoPatterns.Embedded.Cursors;
using MongoPatterns.Embedded.Storage;
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
