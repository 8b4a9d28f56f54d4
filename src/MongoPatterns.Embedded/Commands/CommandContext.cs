using MongoPatterns.Bson;
using MongoPatterns.Embedded.Aggregation;
using MongoPatterns.Embedded.Storage;
using MongoPatterns.Embedded.Transactions;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Commands;

/// <summary>One command being executed: the document, its database, the connection and the server services.</summary>
internal sealed class CommandContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="services">The server services.</param>
    /// <param name="connection">The connection.</param>
    /// <param name="request">The request.</param>
    /// <param name="commandName">The command name (first field).</param>
    /// <param name="database">The target database.</param>
    /// <param name="cancellationToken">Cancelled on shutdown or disconnect.</param>
    public CommandContext(ServerServices services, ConnectionInfo connection, WireRequest request, string commandName, string database, CancellationToken cancellationToken)
    {
        Services = services;
        Connection = connection;
        Request = request;
        CommandName = commandName;
        Database = database;
        CancellationToken = cancellationToken;
        Now = services.UtcNow;
    }

    /// <summary>Gets the server services.</summary>
    public ServerServices Services { get; }

    /// <summary>Gets the connection.</summary>
    public ConnectionInfo Connection { get; }

    /// <summary>Gets the request.</summary>
    public WireRequest Request { get; }

    /// <summary>Gets the command document.</summary>
    public BsonDocument Command => Request.Command;

    /// <summary>Gets the command name as sent.</summary>
    public string CommandName { get; }

    /// <summary>Gets the target database.</summary>
    public string Database { get; }

    /// <summary>Gets the cancellation token.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Gets the value of the command's first field (usually the collection name).</summary>
    public BsonValue CommandValue => Command.GetElement(0).Value;

    /// <summary>Gets the time the command started (<c>$$NOW</c> is constant for a whole command).</summary>
    public DateTime Now { get; }

    /// <summary>Gets the command's session fields (<c>lsid</c>, <c>txnNumber</c>, <c>autocommit</c>, <c>startTransaction</c>).</summary>
    public OperationSessionInfo SessionInfo { get; init; }

    /// <summary>Gets or sets the transaction the command runs in, or null.</summary>
    public ServerTransaction? Transaction { get; set; }

    /// <summary>
    /// Gets the catalog the command reads: inside a transaction its snapshot plus its own writes, otherwise the latest
    /// committed snapshot.
    /// </summary>
    public CatalogSnapshot Catalog => Transaction?.Workspace ?? Services.Storage.Current;

    /// <summary>Gets how pipeline stages reach other collections (the transaction's view inside a transaction).</summary>
    public IAggregationHost AggregationHost => Transaction is { } transaction ? new TransactionAggregationHost(transaction) : Services.Storage;

    /// <summary>Runs a write: inside a transaction on its private workspace, otherwise under the global write lock.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="write">The write.</param>
    /// <returns>The write's result.</returns>
    public T Write<T>(Func<CatalogWriter, T> write) =>
        Transaction is { } transaction ? Services.Transactions.Write(transaction, write) : Services.Storage.Write(write);
}
