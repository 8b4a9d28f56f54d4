using System.Diagnostics.CodeAnalysis;
using MongoPatterns.Driver;
using MongoPatterns.Repositories;

namespace MongoPatterns.Transactions;

/// <summary>
/// The ambient transaction of the current asynchronous flow: its session, the collections bound to it (cached, one per
/// repository) and the write notifications deferred until the commit.
/// </summary>
internal sealed class TransactionContext
{
    private static readonly AsyncLocal<TransactionContext?> Ambient = new();

    private readonly object _gate = new();
    private readonly Dictionary<object, object> _boundCollections = new(ReferenceEqualityComparer.Instance);
    private readonly List<PendingNotification> _pending = [];
    private IClientSessionHandle? _session;

    public TransactionContext(string databaseName, IClientSessionHandle? session = null)
    {
        DatabaseName = databaseName;
        _session = session;
    }

    // Set once the process has made any context ambient: until then no flow can have one, and reads (one per repository
    // call and per cached query) skip the AsyncLocal lookup.
    private static volatile bool s_everSet;

    /// <summary>Gets or sets the ambient transaction of the current asynchronous flow.</summary>
    public static TransactionContext? Current
    {
        get => s_everSet ? Ambient.Value : null;
        set
        {
            if (value is not null)
            {
                s_everSet = true;
            }

            Ambient.Value = value;
        }
    }

    /// <summary>Gets the configured (MongoPatterns) name of the database whose client runs the transaction.</summary>
    public string DatabaseName { get; }

    /// <summary>Gets the session, once started.</summary>
    public IClientSessionHandle? Session => _session;

    /// <summary>Gets a value indicating whether the transaction is running (started and neither committed nor aborted).</summary>
    public bool IsActive => _session is { IsInTransaction: true };

    public void Attach(IClientSessionHandle session) => _session = session;

    /// <summary>Returns <paramref name="collection"/> bound to the session, cached per <paramref name="owner"/>.</summary>
    public IMongoCollection<T> Bind<T>(object owner, IMongoCollection<T> collection)
    {
        var session = _session ?? throw new InvalidOperationException("The transaction has no session yet.");
        lock (_gate)
        {
            if (_boundCollections.TryGetValue(owner, out var cached))
            {
                return (IMongoCollection<T>)cached;
            }
        }

        if (!ReferenceEquals(collection.Database.Client, session.Client))
        {
            ThrowDifferentClient(collection.CollectionNamespace, collection.Database.Client, session.Client);
        }

        var bound = collection.WithSession(session);
        lock (_gate)
        {
            _boundCollections[owner] = bound;
        }

        return bound;
    }

    /// <summary>Remembers that <paramref name="collectionName"/> was written (once per collection) to notify the observers after the commit.</summary>
    public void Defer(string databaseName, string collectionName, IRepositoryWriteObserver[] observers)
    {
        lock (_gate)
        {
            foreach (var pending in _pending)
            {
                if (pending.DatabaseName == databaseName && pending.CollectionName == collectionName)
                {
                    return;
                }
            }

            _pending.Add(new PendingNotification(databaseName, collectionName, observers));
        }
    }

    /// <summary>Drops the deferred notifications (abort, or a new attempt of a retried transaction).</summary>
    public void DiscardNotifications()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>Tells the observers about every collection written by the committed transaction.</summary>
    public async ValueTask FlushNotificationsAsync(CancellationToken cancellationToken)
    {
        PendingNotification[] pending;
        lock (_gate)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        foreach (var notification in pending)
        {
            foreach (var observer in notification.Observers)
            {
                await observer.OnWrittenAsync(notification.DatabaseName, notification.CollectionName, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [DoesNotReturn]
    private void ThrowDifferentClient(CollectionNamespace collection, IMongoClient repositoryClient, IMongoClient transactionClient) =>
        throw new InvalidOperationException(
            $"The repository of '{collection.FullName}' uses the client for {Describe(repositoryClient)}, but the ambient transaction runs on the client " +
            $"of database '{DatabaseName}' ({Describe(transactionClient)}). A transaction spans one client: give both databases the same " +
            "connection string, or do this work outside the transaction.");

    private static string Describe(IMongoClient client) =>
        "mongodb://" + string.Join(",", client.Settings.Hosts)
        + (client.Settings.ReplicaSet is { } replicaSet ? " replicaSet=" + replicaSet : string.Empty)
        + (client.Settings.ApplicationName is { } application ? " appName=" + application : string.Empty);

    private readonly record struct PendingNotification(string DatabaseName, string CollectionName, IRepositoryWriteObserver[] Observers);
}
