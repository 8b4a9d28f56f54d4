using System.Diagnostics;
using MongoPatterns.Driver.Core;
using MongoPatterns.Driver.Diagnostics;
using MongoPatterns.Driver.Sessions;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// One public API call in progress: its id (shared by all its commands' events), session, cancellation token and
/// tracing activity. The implicit session is ended with the context unless a cursor takes it over.
/// </summary>
internal sealed class OperationContext : IDisposable
{
    private static long s_lastOperationId;
    private ClientSessionHandle? _ownedSession;

    /// <summary>Starts an operation.</summary>
    /// <param name="client">The client.</param>
    /// <param name="operationName">The operation name as traced (the command name, e.g. <c>findAndModify</c>).</param>
    /// <param name="databaseName">The database.</param>
    /// <param name="collectionName">The collection, when the operation targets one.</param>
    /// <param name="session">An explicit session, or <see langword="null"/> to use an implicit one.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <param name="operationId">The operation id to continue (a cursor's getMore and killCursors keep their find's id), or <see langword="null"/> for a new one.</param>
    public OperationContext(ClientCore client, string operationName, string databaseName, string? collectionName, ClientSessionHandle? session, CancellationToken cancellationToken, long? operationId = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        Client = client;
        OperationName = operationName;
        DatabaseName = databaseName;
        CollectionName = collectionName;
        OperationId = operationId ?? Interlocked.Increment(ref s_lastOperationId);
        CancellationToken = cancellationToken;
        if (session is null)
        {
            _ownedSession = new ClientSessionHandle(client.SessionPool, isImplicit: true);
            Session = _ownedSession;
        }
        else
        {
            Session = session;
        }

        if (client.Options.EnableTracing && DriverDiagnostics.ActivitySource.HasListeners())
        {
            var summary = collectionName is null ? operationName + " " + databaseName : $"{operationName} {databaseName}.{collectionName}";
            Activity = DriverDiagnostics.ActivitySource.StartActivity(summary, ActivityKind.Client);
            if (Activity is not null)
            {
                Activity.SetTag("db.system", "mongodb");
                Activity.SetTag("db.namespace", databaseName);
                if (collectionName is not null)
                {
                    Activity.SetTag("db.collection.name", collectionName);
                }

                Activity.SetTag("db.operation.name", operationName);
                Activity.SetTag("db.operation.summary", summary);
            }
        }
    }

    /// <summary>Gets the client.</summary>
    public ClientCore Client { get; }

    /// <summary>Gets the operation name.</summary>
    public string OperationName { get; }

    /// <summary>Gets the database.</summary>
    public string DatabaseName { get; }

    /// <summary>Gets the collection, when any.</summary>
    public string? CollectionName { get; }

    /// <summary>Gets the operation id.</summary>
    public long OperationId { get; }

    /// <summary>Gets the cancellation token.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Gets the session.</summary>
    public ClientSessionHandle Session { get; }

    /// <summary>Gets the operation's activity, when traced.</summary>
    public Activity? Activity { get; }

    /// <summary>Hands the implicit session to a cursor, which ends it when closed.</summary>
    /// <returns>The session, or <see langword="null"/> when it is explicit (the caller keeps owning it).</returns>
    public ClientSessionHandle? DetachOwnedSession()
    {
        var session = _ownedSession;
        _ownedSession = null;
        return session;
    }

    /// <summary>Records a failure on the operation's activity.</summary>
    public void RecordFailure(Exception exception) => ActivityFailures.Record(Activity, exception);

    /// <inheritdoc />
    public void Dispose()
    {
        _ownedSession?.Dispose();
        _ownedSession = null;
        Activity?.Dispose();
    }
}
